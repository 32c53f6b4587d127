import { ValidationError } from '../../src/schemas/index.js';

/** The ValidationError a call throws; fails the test when it throws anything else or nothing. */
export function rejection(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError, got a result');
}
