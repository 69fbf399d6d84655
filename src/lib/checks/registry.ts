/**
 * The rules by name: the model's `CheckId` → its check. Typed as a total record, so adding a
 * `CheckId` to the model without its rule fails type-checking here.
 */
import type { CheckId } from '../../model/types';
import { checkCodePostal } from './code-postal';
import { checkEmail } from './email';
import { checkEmailConfirmation } from './email-confirmation';
import { checkHabilitation } from './habilitation';
import { checkMobile } from './mobile';
import { checkRpps } from './rpps';
import { checkSiret } from './siret';
import { checkTelephone } from './telephone';
import { checkTexte } from './texte';
import type { Check } from './types';
import { checkVille } from './ville';

/** Every check of the model, by `CheckId`. */
export const CHECKS: Readonly<Record<CheckId, Check>> = {
  texte: checkTexte,
  siret: checkSiret,
  codePostal: checkCodePostal,
  ville: checkVille,
  email: checkEmail,
  emailConfirmation: checkEmailConfirmation,
  mobile: checkMobile,
  telephone: checkTelephone,
  rpps: checkRpps,
  habilitation: checkHabilitation,
};

/** The check named `id`, or `undefined` for an unknown name (never throws). */
export function checkById(id: string | undefined): Check | undefined {
  return id !== undefined && Object.hasOwn(CHECKS, id) ? CHECKS[id as CheckId] : undefined;
}
