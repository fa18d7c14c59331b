/** Form fields with their label, hint and error message tied together for screen readers. */
import { html, raw } from 'hono/html';
import type { Problem } from '../../errors/problem.js';
import { fieldId, type Html, sentence } from './layout.js';

export interface FieldOptions {
  readonly name: string;
  readonly label: string;
  readonly value?: string | undefined;
  readonly hint?: string;
  readonly errors?: readonly Problem[];
  readonly type?: 'text' | 'password' | 'date';
  readonly autocomplete?: string;
}

function described(options: FieldOptions, error: Problem | undefined): string {
  const id = fieldId(options.name);
  return [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

function wrap(
  options: FieldOptions,
  control: (id: string, describedBy: string, error: boolean) => Html,
): Html {
  const id = fieldId(options.name);
  const error = options.errors?.find((e) => e.field === options.name);
  const by = described(options, error);
  return html`<div class="field${error ? ' field-error' : ''}">
<label for="${id}">${options.label}</label>
${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
${error ? html`<p class="error-message" id="${id}-error"><span class="skip">Error:</span> ${sentence(error)}</p>` : ''}
${control(id, by, error !== undefined)}
</div>`;
}

const describedBy = (by: string) => (by ? raw(` aria-describedby="${by}"`) : '');

export function textInput(options: FieldOptions): Html {
  return wrap(
    options,
    (id, by) =>
      html`<input type="${options.type ?? 'text'}" id="${id}" name="${options.name}" value="${options.value ?? ''}"${options.autocomplete ? html` autocomplete="${options.autocomplete}"` : ''}${describedBy(by)}>`,
  );
}

export function textArea(options: FieldOptions & { readonly rows?: number }): Html {
  return wrap(
    options,
    (id, by) =>
      html`<textarea id="${id}" name="${options.name}" rows="${options.rows ?? 8}" spellcheck="true"${describedBy(by)}>${options.value ?? ''}</textarea>`,
  );
}

export function select(
  options: FieldOptions & { readonly choices: readonly (readonly [string, string])[] },
): Html {
  return wrap(
    options,
    (id, by) =>
      html`<select id="${id}" name="${options.name}"${describedBy(by)}>${options.choices.map(
        ([value, label]) =>
          html`<option value="${value}"${value === options.value ? raw(' selected') : ''}>${label}</option>`,
      )}</select>`,
  );
}

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="csrf" value="${token}">`;
}
