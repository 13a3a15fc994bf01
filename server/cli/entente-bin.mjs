#!/usr/bin/env node
// `entente` as an installed command: registers tsx so the TypeScript CLI runs without a build.
import { register } from 'tsx/esm/api';

register();
await import('./entente.ts');
