export const GIVEN_NAMES = [
  'Anna', 'Erik', 'Maria', 'Karl', 'Sara', 'Johan', 'Emma', 'Lars', 'Elin', 'Anders', 'Linnea', 'Oskar',
  'Ida', 'Gustav', 'Hanna', 'Axel', 'Klara', 'Viktor', 'Matilda', 'Fredrik', 'Amira', 'Ali', 'Sofia', 'Jonas',
  'Maja', 'David', 'Ebba', 'Nils', 'Alva', 'Per', 'Leila', 'Henrik', 'Astrid', 'Mohammed', 'Frida', 'Olof',
] as const;

export const FAMILY_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Lindqvist', 'Lindberg', 'Magnusson', 'Berglund', 'Holm', 'Sandberg',
  'Bergström', 'Lundgren', 'Nyström', 'Ahmadi', 'Hussein', 'Ekström', 'Fransson', 'Åberg', 'Öberg', 'Sjöberg',
] as const;
