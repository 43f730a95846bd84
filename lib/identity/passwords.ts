// Password hashing: argon2id with OWASP's recommended settings (19 MiB, 2 passes), used by
// better-auth, by registration's equal-time answer and by the demo data.
import { hash, verify } from '@node-rs/argon2';

// (algorithm 2 is Argon2id; the package's enum is a const enum that isolated modules cannot read.)
const ARGON2_SETTINGS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_SETTINGS);
export const verifyPassword = (stored: string, password: string) => verify(stored, password);
