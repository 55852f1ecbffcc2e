#!/usr/bin/env node
// Runs the TypeScript command-line tool through tsx, so `npx macromuse ...` works from a checkout.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
