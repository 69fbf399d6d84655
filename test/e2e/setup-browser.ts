/** Run before each browser test file (the e2e project's `setupFiles`): the shared Chromium is connected. */
import { beforeAll } from 'vitest';
import { connectShared } from './shared-browser';

beforeAll(connectShared);
