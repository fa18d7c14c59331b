import assert from 'node:assert/strict';
import { ScrutinyError } from '../../src/errors/problem.js';

/** The ScrutinyError `work` fails with; any other outcome fails the test. */
export async function rejected(work: () => Promise<unknown>): Promise<ScrutinyError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ScrutinyError) return error;
    throw error;
  }
  assert.fail('expected a ScrutinyError');
}
