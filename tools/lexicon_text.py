"""Text helpers shared by the lexicon scripts in tools/."""
import unicodedata


def fold(text, strip_the=True):
  """The key under which the matcher sees two spellings as one: case folded,
  diacritics removed, white space collapsed, and a leading "the" dropped."""
  text = unicodedata.normalize("NFKD", text.casefold())
  text = "".join(c for c in text if not unicodedata.combining(c))
  text = " ".join(text.split())
  if strip_the and text.startswith("the "):
    text = text[4:]
  return text
