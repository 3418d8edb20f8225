/**
 * Templates: the standard format (built in) and custom templates, in either
 * Handlebars or the standard format's own single-brace style, turned into the
 * Markdown of one architecture document.
 *
 * `generated_at` is the one value that changes without the architecture
 * changing, so rendering goes through a sentinel: a {@link Rendered} document
 * knows where its timestamp stands and can tell whether a file on disk is the
 * same document apart from that timestamp, so a run that changes nothing
 * but the time commits nothing.
 */
import Handlebars from 'handlebars'
import type { Blueprint, Problem, SectionKey } from './model.js'
import { SECTION_KEYS } from './model.js'
import { inlineText } from './markdown.js'
import { STANDARD_FORMAT } from './standard-format.js'
import { messageOf } from './text.js'

/** The placeholders every template sees, built-in or custom. */
export const PLACEHOLDERS = [
  'project_id',
  'generated_at',
  'blueprint_id',
  'architecture_overview',
  'component_count',
  'dependency_count',
  'diagram_type',
  'diagram_content',
  'components_section',
  'dependencies_section'
] as const
/** The name of one placeholder. */
export type Placeholder = (typeof PLACEHOLDERS)[number]
/** A value, as Markdown, for every placeholder. */
export type PlaceholderValues = Readonly<Record<Placeholder, string>>

/**
 * Where each `sections:` key lands in a template written in the standard
 * format: the heading whose body the override replaces. `data_flow` and
 * `data_storage` are the two halves of "Data Flow Architecture"; every other
 * key is a whole `##` section.
 */
export const SECTION_HEADINGS: Readonly<Record<SectionKey, string>> = {
  data_flow: '### Request Processing Flow',
  data_storage: '### Data Storage Architecture',
  security: '## Security Architecture',
  scalability: '## Scalability and Performance',
  deployment: '## Deployment Architecture',
  monitoring: '## Monitoring and Observability',
  disaster_recovery: '## Disaster Recovery',
  technology_stack: '## Technology Stack',
  api: '## API Architecture',
  configuration: '## Configuration Management'
}

/** A template ready to render: compiled once, used for every blueprint. */
export interface Template {
  /** Where it came from, for messages: a repository path or "built-in". */
  readonly source: string
  readonly style: 'single-brace' | 'handlebars'
  /** The repository's default for blueprints that do not set `derived_sections`. */
  readonly derivedSections: boolean
  render(context: TemplateContext): string
}

/** How a repository renders its documents, whatever the template. */
export interface TemplateOptions {
  /**
   * Write the standard sections whose facts a blueprint holds from those facts, for blueprints
   * that do not say (`derived_sections`); default false, the standard text.
   */
  readonly derivedSections?: boolean
}

/** What a template renders: the placeholder values and the raw model. */
export interface TemplateContext {
  readonly values: PlaceholderValues
  readonly blueprint: Blueprint
}

/** A compiled template, or the problem that kept it from compiling. */
export type TemplateResult = { ok: true; template: Template } | { ok: false; problem: Problem }

/** The built-in template: the standard format, section for section. */
export function builtInTemplate(options: TemplateOptions = {}): Template {
  return singleBraceTemplate('built-in', STANDARD_FORMAT, options)
}

/**
 * Compiles a custom template. A template with `{{` is Handlebars; one
 * without is in the standard format's single-brace style, where `{name}` is
 * a placeholder only for the names of {@link PLACEHOLDERS} and any other
 * braces (`/api/v1/resources/{id}`) stay as written.
 */
export function compileTemplate(
  source: string,
  text: string,
  options: TemplateOptions = {}
): TemplateResult {
  const normalised = text.replace(/\r\n?/g, '\n')
  if (!normalised.includes('{{'))
    return { ok: true, template: singleBraceTemplate(source, normalised, options) }
  const handlebars = Handlebars.create()
  try {
    // compile() is lazy: parse now so a broken template fails before any document is written.
    handlebars.parse(normalised)
  } catch (error) {
    return { ok: false, problem: handlebarsProblem(source, normalised, error) }
  }
  // Documents are Markdown, not HTML: escaping would turn `<br/>` and `&` in diagrams into entities.
  const compiled = handlebars.compile(normalised, { noEscape: true, strict: false })
  return {
    ok: true,
    template: {
      source,
      style: 'handlebars',
      derivedSections: options.derivedSections ?? false,
      render: ({ values, blueprint }) =>
        compiled({
          ...values,
          blueprint,
          components: blueprint.components,
          dependencies: blueprint.dependencies,
          sections: blueprint.sections
        })
    }
  }
}

/** The standard format's title line, which a blueprint's `title` extends. */
export const TITLE_LINE = '# System Architecture Documentation'

/**
 * The title line for a blueprint with a `title` (plain text, escaped): the
 * system's name first, then what the document is. Without a title the line
 * stays the standard format's.
 */
export function titleLine(title: string | undefined): string | undefined {
  const shown = title === undefined ? '' : inlineText(title)
  return shown === '' ? undefined : `# ${shown} — System Architecture Documentation`
}

function singleBraceTemplate(source: string, text: string, options: TemplateOptions): Template {
  return {
    source,
    style: 'single-brace',
    derivedSections: options.derivedSections ?? false,
    render: ({ values, blueprint }) => {
      const title = titleLine(blueprint.title)
      // Most blueprints override nothing: the template is filled whole, not cut into lines first.
      if (title === undefined && Object.keys(blueprint.sections).length === 0)
        return fillSingleBrace(text, values)
      return withTitle(splitAtOverrides(text, blueprint.sections), title)
        .map((part) => (part.kind === 'template' ? fillSingleBrace(part.text, values) : part.text))
        .join('')
    }
  }
}

/**
 * The parts with the template's first {@link TITLE_LINE} replaced by `title`,
 * as literal text, so braces in a title are never taken for placeholders.
 */
function withTitle(parts: Part[], title: string | undefined): Part[] {
  if (title === undefined) return parts
  const out: Part[] = []
  let done = false
  for (const part of parts) {
    const at = done || part.kind !== 'template' ? -1 : lineAt(part.text, TITLE_LINE)
    if (at < 0) {
      out.push(part)
      continue
    }
    out.push(
      { kind: 'template', text: part.text.slice(0, at) },
      { kind: 'literal', text: title },
      { kind: 'template', text: part.text.slice(at + TITLE_LINE.length) }
    )
    done = true
  }
  return out
}

/** Where `line` stands in `text` as a whole line, or -1. */
function lineAt(text: string, line: string): number {
  for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + 1)) {
    const end = at + line.length
    if ((at === 0 || text[at - 1] === '\n') && (end === text.length || text[end] === '\n'))
      return at
  }
  return -1
}

const SINGLE_BRACE = new RegExp(`\\{(${PLACEHOLDERS.join('|')})\\}`, 'g')

/** One pass, so a value that itself contains `{project_id}` is left alone. */
function fillSingleBrace(text: string, values: PlaceholderValues): string {
  return text.replace(SINGLE_BRACE, (_, name: Placeholder) => values[name])
}

type Part = { kind: 'template' | 'literal'; text: string }

/**
 * Cuts the template where `sections:` overrides replace a body, keeping the
 * heading. A body runs to the next heading of the same or a higher level, or
 * to the `---` rule that closes every standard section. Override text comes
 * back as literal parts, so braces in it are never taken for placeholders.
 */
function splitAtOverrides(text: string, sections: Blueprint['sections']): Part[] {
  const lines = text.split('\n')
  const cuts: { start: number; end: number; body: string }[] = []
  for (const key of SECTION_KEYS) {
    const body = sections[key]
    const at = body === undefined ? -1 : lines.indexOf(SECTION_HEADINGS[key])
    if (body === undefined || at < 0) continue
    cuts.push({
      start: at + 1,
      end: sectionEnd(lines, at),
      body: body.replace(/\r\n?/g, '\n').trim()
    })
  }
  cuts.sort((a, b) => a.start - b.start)
  const parts: Part[] = []
  let next = 0
  for (const cut of cuts) {
    // Keep the format's own spacing: a blank line after the heading only where it had one.
    const gap = lines[cut.start] === '' ? '\n\n' : '\n'
    parts.push({ kind: 'template', text: lines.slice(next, cut.start).join('\n') + gap })
    parts.push({ kind: 'literal', text: cut.body + '\n\n' })
    next = cut.end
  }
  parts.push({ kind: 'template', text: lines.slice(next).join('\n') })
  return parts
}

/** Index of the first line after the section whose heading is at `at`. */
function sectionEnd(lines: readonly string[], at: number): number {
  const level = (lines[at] ?? '').indexOf(' ')
  let inFence = false
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.startsWith('```')) inFence = !inFence
    if (inFence) continue
    if (line === '---') return i
    const hashes = /^(#{1,6}) /.exec(line)?.[1]
    if (hashes !== undefined && hashes.length <= level) return i
  }
  return lines.length
}

function handlebarsProblem(source: string, text: string, error: unknown): Problem {
  const message = messageOf(error)
  // Handlebars: "Parse error on line 3:\n...{{#if}\n-------^\nExpecting ..."
  const lineMatch = /on line (\d+)/.exec(message)
  const line = lineMatch ? Number(lineMatch[1]) : 1
  const parts = message.split('\n')
  const caretLine = parts.find((p) => /^-*\^$/.test(p))
  const excerpt = parts[parts.indexOf(caretLine ?? '') - 1] ?? ''
  let col = 1
  if (caretLine !== undefined) {
    // The excerpt may be the tail of the line ("...text"); find it in the real line.
    const real = text.split('\n')[line - 1] ?? ''
    const tail = excerpt.startsWith('...') ? excerpt.slice(3) : excerpt
    const offset = Math.max(0, real.indexOf(tail))
    col = offset + (caretLine.length - (excerpt.length - tail.length))
    if (col < 1 || col > real.length + 1) col = 1
  }
  const reason =
    parts.filter((p) => p.startsWith('Expecting') || p.startsWith('Parse error')).pop() ??
    parts[0] ??
    message
  return {
    file: source,
    line,
    col,
    message: `template is not valid Handlebars: ${reason.replace(/^Parse error on line \d+:?\s*/, '') || message}`
  }
}
