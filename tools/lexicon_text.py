"""Text helpers shared by the lexicon scripts in tools/."""
import os
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


def all_caps(text):
  """True when text has capitals and no lower-case letter: the aliases that a
  `case`=`exact` row makes case-sensitive (same test as the C++ loader)."""
  return any(c.isupper() for c in text) and not any(c.islower() for c in text)


def read_common_words(path):
  """The lower-case words of a system dictionary, or None without one."""
  if not os.path.exists(path):
    return None
  with open(path, encoding="utf-8", errors="replace") as f:
    return {w.strip() for w in f if w.strip() and w.strip().islower()}


class Reporter:
  """Counts errors and prints them as `path:line:col: error: message`."""

  def __init__(self, path):
    self.path = path
    self.errors = 0

  def error(self, line, col, message):
    self.errors += 1
    print(f"{self.path}:{line}:{col}: error: {message}")

  def lines(self):
    """Yields (line number, text) of the file at `path`, reporting CR line
    endings (the CR is dropped)."""
    with open(self.path, encoding="utf-8", newline="") as f:  # keep CRs
      lines = f.read().split("\n")
    if lines and lines[-1] == "":
      lines.pop()
    for number, raw in enumerate(lines, start=1):
      if raw.endswith("\r"):
        self.error(number, len(raw), "CR line ending")
        raw = raw[:-1]
      yield number, raw
