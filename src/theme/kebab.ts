/** A camelCase name in kebab case, for class names and custom properties: `mutedText` → `muted-text`. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
