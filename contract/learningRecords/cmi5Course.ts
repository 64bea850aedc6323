import type { ChangeKind } from '../../sim-engine/index';
import { learningIris } from './learningIris';
import { MASTERY_SCALED } from './xapiStatements';

// A pack as a cmi5 course structure (cmi5 §13.1: a course, and one assignable unit per
// scenario), so a platform can list the pack's scenarios and match the statements it receives
// to them: each AU's id is the very IRI the attempt statements use as their object. Canary
// Coach is a desktop app, not a web page an LMS launches, so each AU's url is the app's own
// address for the scenario's brief; the course is "cmi5-shaped" rather than a launchable package.

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export interface CoursePack {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly scenarios: readonly {
    readonly id: string;
    readonly title: string;
    readonly changeKind: ChangeKind;
  }[];
}

export interface AssignableUnit {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly url: string;
  /** A scenario is done when it is passed (scored in the strong band). */
  readonly moveOn: 'Passed';
  readonly masteryScore: number;
  readonly launchMethod: 'AnyWindow';
}

/** The JSON equivalent of the courseStructure document. */
export interface CourseStructure {
  readonly course: {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly version: string;
  };
  readonly au: readonly AssignableUnit[];
}

/** The course structure of a pack; `iriBase` as for the statements. */
export function courseStructure(pack: CoursePack, iriBase?: string): CourseStructure {
  const iris = learningIris(iriBase);
  return {
    course: {
      id: iris.pack(pack.id),
      title: pack.title,
      description: pack.description || pack.title,
      version: pack.version,
    },
    au: pack.scenarios.map((scenario) => ({
      id: iris.scenario(pack.id, scenario.id),
      title: scenario.title,
      description: `A ${scenario.changeKind} change to roll out as a canary release (pack ${pack.id} ${pack.version}).`,
      url: `index.html#/scenario/${encodeURIComponent(pack.id)}/${encodeURIComponent(scenario.id)}/brief`,
      moveOn: 'Passed',
      masteryScore: MASTERY_SCALED,
      launchMethod: 'AnyWindow',
    })),
  };
}

/** Text made safe for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const langstring = (element: string, text: string, indent: string) =>
  `${indent}<${element}><langstring lang="en">${xmlEscape(text)}</langstring></${element}>`;

/** The courseStructure XML (cmi5's CourseStructure.xsd, elements in the schema's order). */
export function courseStructureXml(structure: CourseStructure): string {
  const { course } = structure;
  const units = structure.au.flatMap((unit) => [
    `  <au id="${xmlEscape(unit.id)}" moveOn="${unit.moveOn}" masteryScore="${unit.masteryScore}" launchMethod="${unit.launchMethod}">`,
    langstring('title', unit.title, '    '),
    langstring('description', unit.description, '    '),
    `    <url>${xmlEscape(unit.url)}</url>`,
    '  </au>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${xmlEscape(course.id)}">`,
    langstring('title', `${course.title} (${course.version})`, '    '),
    langstring('description', course.description, '    '),
    '  </course>',
    ...units,
    '</courseStructure>',
    '',
  ].join('\n');
}
