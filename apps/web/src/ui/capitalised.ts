/** The text with its first letter upper case: "breakfast" → "Breakfast". */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
