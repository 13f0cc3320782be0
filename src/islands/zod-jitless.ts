import { z } from 'astro/zod';

// zod probes for eval support with `Function('')` the first time it parses;
// the page's Content-Security-Policy forbids eval, and the probe would be
// reported as a violation. Interpreted parsing is fast enough here.
z.config({ jitless: true });
