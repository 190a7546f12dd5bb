/** Looking names up in a vocabulary (src/lib/vocabulary/lookup.ts): exact, former, and suggestions for a typo. */
import { describe, expect, it } from 'vitest';
import { context } from '../helpers/corpus.ts';

const municipalities = context.vocabularies.municipalities;

describe('a municipality by name', () => {
  it('resolves a former name to the municipality it is part of today', () => {
    expect(municipalities.resolve('Kruibeke')).toMatchObject({
      ok: true,
      term: { name: 'Beveren-Kruibeke-Zwijndrecht' },
      formerName: 'Kruibeke',
    });
  });

  it("suggests today's municipality for a typo of a former name, and says which former name it matched", () => {
    const found = municipalities.resolve('Kruibeek');
    expect(found).toMatchObject({
      ok: false,
      suggestions: ['Beveren-Kruibeke-Zwijndrecht'],
      formerNames: { 'Beveren-Kruibeke-Zwijndrecht': 'Kruibeke' },
    });
  });

  it('suggests a current name as it is, without a former name', () => {
    const found = municipalities.resolve('Oostend');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.suggestions[0]).toBe('Oostende');
    expect(found.formerNames).toEqual({});
  });
});

describe('the message for a typo of a former municipality', () => {
  it("suggests today's municipality and says why, in validate and in the form", () => {
    const parsed = context.schema.shape.examples.safeParse([
      { municipality: 'Kruibeek', text: 'Een voorbeeld van minstens twintig tekens.' },
    ]);
    expect(parsed.success).toBe(false);
    const message = parsed.error!.issues[0]!.message;
    expect(message).toContain('Bedoel je "Beveren-Kruibeke-Zwijndrecht"');
    expect(message).toContain('Kruibeke hoort sinds de fusie bij Beveren-Kruibeke-Zwijndrecht');
  });
});
