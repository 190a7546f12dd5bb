/**
 * The JSON Schema of /praktijken.json, made from the zod schema at build time (zod's
 * toJSONSchema, draft 2020-12) and published at /praktijken.schema.json. The export names
 * it in its `$schema`; a client validates the file against it (tests/e2e/open-data.test.ts
 * does so with ajv).
 */
import { z } from 'zod';
import type { ExportSchema } from '../../schema/record.ts';

export function exportJsonSchema(
  schema: ExportSchema,
  options: { id: string; title: string; description: string },
): Record<string, unknown> {
  // "output": the shape of the data as the export writes it (lists that default to [] are always there).
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
  return {
    $schema,
    $id: options.id,
    title: options.title,
    description: options.description,
    ...rest,
  };
}
