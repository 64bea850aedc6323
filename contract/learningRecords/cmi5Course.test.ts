import { describe, expect, it } from 'vitest';
import { courseStructure, courseStructureXml } from './cmi5Course';
import { learningIris } from './learningIris';
import { xapiIri } from './xapiSchema';

const pack = {
  id: 'class-<7>',
  title: 'Spring & summer cohort',
  version: '1.2.0',
  description: '',
  scenarios: [
    { id: 'checkout', title: 'Checkout "one page"', changeKind: 'surface' as const },
    { id: 'model-upgrade', title: 'Model upgrade', changeKind: 'model' as const },
  ],
};

/** The element names in document order, checking every tag closes in the order it opened. */
function balancedElements(xml: string): string[] {
  const open: string[] = [];
  const seen: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(
    /<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g,
  )) {
    if (closing) expect(open.pop()).toBe(name);
    else {
      seen.push(name as string);
      if (!selfClosing) open.push(name as string);
    }
  }
  expect(open).toEqual([]);
  return seen;
}

describe('a pack as a cmi5 course structure', () => {
  it('has one assignable unit per scenario, named by the IRI its statements use', () => {
    const structure = courseStructure(pack);
    const iris = learningIris();
    expect(structure.au.map((unit) => unit.id)).toEqual([
      iris.scenario(pack.id, 'checkout'),
      iris.scenario(pack.id, 'model-upgrade'),
    ]);
    for (const unit of structure.au) {
      expect(xapiIri.safeParse(unit.id).success).toBe(true);
      expect(unit).toMatchObject({ moveOn: 'Passed', masteryScore: 0.75 });
    }
    expect(structure.course.description).toBe(pack.title);
  });

  it('writes well-formed XML in the schema’s element order, with text escaped', () => {
    const xml = courseStructureXml(courseStructure(pack));
    expect(balancedElements(xml)).toEqual([
      'courseStructure',
      'course',
      'title',
      'langstring',
      'description',
      'langstring',
      ...['au', 'title', 'langstring', 'description', 'langstring', 'url'],
      ...['au', 'title', 'langstring', 'description', 'langstring', 'url'],
    ]);
    expect(xml).toContain('Spring &amp; summer cohort (1.2.0)');
    expect(xml).toContain('Checkout &quot;one page&quot;');
    expect(xml).toContain('packs/class-%3C7%3E/scenarios/checkout');
    expect(xml).not.toMatch(/<7>/);
  });
});
