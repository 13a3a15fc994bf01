// Validates an OpenAPI document read from stdin with @apidevtools/swagger-parser, in its own
// process: swagger-parser requires an ES module, which jest's module runtime cannot load on Node 20.
// Exit 0 when valid; 1 with the validator's message otherwise.
import SwaggerParser from '@apidevtools/swagger-parser';

let text = '';
for await (const chunk of process.stdin) text += chunk;
try {
  const api = await SwaggerParser.validate(JSON.parse(text));
  console.log(`valid: ${Object.keys(api.paths ?? {}).length} paths`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
