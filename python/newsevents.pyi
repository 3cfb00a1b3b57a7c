"""Type stubs of the newsevents module (python/module.cc)."""
import os
from typing import Any, Dict, Iterable, Iterator, Literal, Mapping, Optional, Union, overload

Record = Dict[str, Any]  # a JSON line of spec/output.md, parsed

class ExtractionError(Exception):
    code: str      # invalid_utf8, too_large, binary, bad_date, bad_record, internal, bad_rule, io_error
    message: str
    where: str     # file:line:col of a broken lexicon file, or the record's source
    id: str
    def __init__(self, code: str, message: str, where: str = ..., id: str = ...) -> None: ...

def error_line(id: str, source: str, code: str, message: str, where: str = "") -> str: ...

class Extractor:
    def __init__(self, lexicons: Optional[Union[str, os.PathLike]] = None) -> None: ...
    def extract(self, text: Union[str, bytes], dct: Optional[str] = None,
                id: Optional[Union[str, int]] = None, source: Optional[str] = None,
                explain: bool = False) -> Record: ...
    def extract_json(self, text: Union[str, bytes], dct: Optional[str] = None,
                     id: Optional[Union[str, int]] = None, source: Optional[str] = None,
                     explain: bool = False) -> str: ...
    @overload
    def extract_many(self, records: Iterable[Mapping[str, Any]], threads: int = 4,
                     explain: bool = False, errors: Literal["record", "raise"] = "record",
                     lines: Literal[False] = False) -> Iterator[Record]: ...
    @overload
    def extract_many(self, records: Iterable[Mapping[str, Any]], threads: int = 4,
                     explain: bool = False, errors: Literal["record", "raise"] = "record",
                     *, lines: Literal[True]) -> Iterator[str]: ...
    @property
    def version(self) -> str: ...
    @property
    def rule_count(self) -> int: ...
    @property
    def lexicons(self) -> str: ...
