// Authorization codes, JWT access tokens and rotating refresh tokens with Oro's lifetimes
// (code 600 s, access 3600 s, refresh 30 days).

import { SignJWT, generateKeyPair, jwtVerify } from "jose";

export const authCodeLifetimeSeconds = 600;
export const accessTokenLifetimeSeconds = 3600;
export const refreshTokenLifetimeSeconds = 30 * 24 * 3600;

export interface AuthCodeRecord {
  code: string;
  clientId: string;
  redirectUri: string;
  userId: number;
  codeChallenge: string | null;
  expiresAt: number;
  used: boolean;
}

export interface AccessTokenRecord {
  jti: string;
  userId: number;
  clientId: string;
  expiresAt: number;
  revoked: boolean;
}

export interface RefreshTokenRecord {
  token: string;
  userId: number;
  clientId: string;
  accessJti: string;
  expiresAt: number;
  revoked: boolean;
}

export interface TokenResponse {
  token_type: "Bearer";
  expires_in: number;
  access_token: string;
  refresh_token: string;
}

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let keyPairPromise: Promise<KeyPair> | undefined;

/** One RS256 key pair per process, like Oro's private.key/public.key; generating it is slow, so share it. */
function signingKeys(): Promise<KeyPair> {
  keyPairPromise ??= generateKeyPair("RS256");
  return keyPairPromise;
}

/** Starts generating the signing key early so the first token request doesn't wait for it. */
export function warmUpSigningKeys(): void {
  void signingKeys();
}

export function randomToken(bytes = 32): string {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
}

export class TokenStore {
  readonly codes = new Map<string, AuthCodeRecord>();
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  clear(): void {
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  createCode(input: Omit<AuthCodeRecord, "code" | "expiresAt" | "used">): AuthCodeRecord {
    // Oro's codes are encrypted payloads starting with "def50200"; the prefix keeps the shape familiar.
    const record: AuthCodeRecord = {
      ...input,
      code: `def50200${randomToken(48)}`,
      expiresAt: this.now() + authCodeLifetimeSeconds * 1000,
      used: false,
    };
    this.codes.set(record.code, record);
    return record;
  }

  async issue(userId: number, username: string, clientId: string): Promise<TokenResponse> {
    const { privateKey } = await signingKeys();
    const issuedAt = Math.floor(this.now() / 1000);
    const jti = randomToken(40);
    const accessToken = await new SignJWT({ scopes: [] })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setAudience(clientId)
      .setJti(jti)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + accessTokenLifetimeSeconds)
      .setSubject(username)
      .sign(privateKey);
    this.accessTokens.set(jti, {
      jti,
      userId,
      clientId,
      expiresAt: this.now() + accessTokenLifetimeSeconds * 1000,
      revoked: false,
    });
    const refreshToken = `def50200${randomToken(96)}`;
    this.refreshTokens.set(refreshToken, {
      token: refreshToken,
      userId,
      clientId,
      accessJti: jti,
      expiresAt: this.now() + refreshTokenLifetimeSeconds * 1000,
      revoked: false,
    });
    return { token_type: "Bearer", expires_in: accessTokenLifetimeSeconds, access_token: accessToken, refresh_token: refreshToken };
  }

  /** The live access token record behind a bearer token, or undefined (bad signature, expired, revoked). */
  async verifyAccessToken(token: string): Promise<AccessTokenRecord | undefined> {
    const { publicKey } = await signingKeys();
    try {
      const { payload } = await jwtVerify(token, publicKey, {
        algorithms: ["RS256"],
        currentDate: new Date(this.now()),
      });
      const record = payload.jti === undefined ? undefined : this.accessTokens.get(payload.jti);
      if (!record || record.revoked || record.expiresAt <= this.now()) return undefined;
      return record;
    } catch {
      return undefined;
    }
  }

  revokeAccessToken(jti: string): void {
    const record = this.accessTokens.get(jti);
    if (record) record.revoked = true;
  }

  /** Every access token issued so far answers 401 from now on (refresh tokens stay valid). */
  expireAllAccessTokens(): void {
    for (const record of this.accessTokens.values()) record.expiresAt = Math.min(record.expiresAt, this.now() - 1);
  }
}
