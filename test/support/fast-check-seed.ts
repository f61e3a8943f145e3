/**
 * Property tests are reproducible in CI: every fast-check run starts from a fixed seed. Set
 * FC_SEED to another number to explore other inputs locally.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261130) });
