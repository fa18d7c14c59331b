/** Golden files of the statement tests, in test/statement/golden/ (rules in test/helpers/golden.ts). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldenAsserter } from '../../helpers/golden.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

export const assertGolden = goldenAsserter(GOLDEN_DIR);
