// A postal address: street, postcode, city and country, each a control of its own.
import { z } from 'zod';
import { isCountryCode } from '../countries';
import { fieldBase } from '../definition-parts';
import type { AddressValue, FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, textAnswer } from './kit';

export interface AddressField extends FieldBase {
  type: 'address';
  /** The country when it is given (e.g. 'SE' for an address in Sweden); then it is not asked. */
  fixedCountry?: string;
}

export const ADDRESS_MAX_LENGTH = { street: 200, postcode: 20, city: 100 } as const;
const ADDRESS_PARTS = ['street', 'postcode', 'city', 'country'] as const;

export const addressType: FieldTypeDeclaration<AddressField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('address'), fixedCountry: z.string().regex(/^[A-Z]{2}$/).optional() }),
  value: (field) => {
    const { fixedCountry } = field;
    return z.preprocess(
      (value) => ({ ...(value && typeof value === 'object' ? value : {}), ...(fixedCountry ? { country: fixedCountry } : {}) }),
      z.object({
        street: textAnswer(field.optional, z.string().max(ADDRESS_MAX_LENGTH.street, kind('tooLong'))),
        // Asked for an address in a given country (Sweden has postcodes everywhere), else optional.
        postcode: textAnswer(!!field.optional || !fixedCountry, z.string().max(ADDRESS_MAX_LENGTH.postcode, kind('tooLong'))),
        city: textAnswer(field.optional, z.string().max(ADDRESS_MAX_LENGTH.city, kind('tooLong'))),
        country: textAnswer(field.optional, z.string().refine(isCountryCode, kind('invalidOption'))),
      }),
    );
  },
  errorKinds: ['required', 'tooLong', 'invalidOption', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value, words) => {
    const address = value as Partial<AddressValue>;
    const country = address.country ? words.country(address.country) : undefined;
    return [address.street, [address.postcode, address.city].filter(Boolean).join(' '), country].filter((line): line is string => Boolean(line));
  },
  parts: ADDRESS_PARTS,
  errorWords: (_field, part) => {
    if (!part) return {};
    const max = part in ADDRESS_MAX_LENGTH ? ADDRESS_MAX_LENGTH[part as keyof typeof ADDRESS_MAX_LENGTH] : '';
    return { name: `Form.address.${part}`, keys: { required: `Form.address.errors.${part}` }, values: { max } };
  },
};
