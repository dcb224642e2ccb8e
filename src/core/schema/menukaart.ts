/**
 * The national NPO menukaart: the doelgebieden (A to F) NPO money may pay for, with their
 * official names from nponderwijs.nl ("Interventies waaruit u kunt kiezen"). Plain constants, so
 * the search page checks URL values without the schema library.
 */

export const MENUKAART_CATEGORIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type MenukaartCategory = (typeof MENUKAART_CATEGORIES)[number];

/** F (facilities) only counts together with one of A to E. */
export const SUPPORTING_CATEGORY: MenukaartCategory = 'F';

export const menukaartNames: Record<'nl' | 'en', Record<MenukaartCategory, string>> = {
  nl: {
    A: 'Meer onderwijs (binnen of buiten reguliere schooltijden) om bij groepen leerlingen kennis en vaardigheden bij te spijkeren',
    B: 'Effectievere inzet van onderwijs om kennis en vaardigheden bij te spijkeren',
    C: 'Sociaal-emotionele en fysieke ontwikkeling van leerlingen',
    D: 'Ontwikkeling van de executieve functies van leerlingen',
    E: '(Extra) inzet van personeel en ondersteuning',
    F: 'Faciliteiten en randvoorwaarden',
  },
  en: {
    A: 'More teaching (within or outside regular school hours) to help groups of pupils catch up on knowledge and skills',
    B: 'More effective teaching to catch up on knowledge and skills',
    C: "Pupils' social-emotional and physical development",
    D: "Development of pupils' executive functions",
    E: '(Extra) staff and support',
    F: 'Facilities and preconditions',
  },
};

export const isMenukaartCategory = (value: unknown): value is MenukaartCategory =>
  (MENUKAART_CATEGORIES as readonly unknown[]).includes(value);
