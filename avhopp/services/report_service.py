"""Reports: the safety council's progress report (aggregate, disclosure-controlled), the
individual progress summary for a case conference, and the register extract (GDPR Art. 15).

Every report is rendered in memory and handed back as a :class:`ReportDocument`; nothing is
written until the user chooses a place (:meth:`ReportService.save`), so no plaintext copy of
an individual report ever lands in a temporary folder. Generating, saving and printing each
write an audit entry (``report.generate``, ``report.save``, ``report.print``); the entries
name the kind of report and its target, never a name or a path.
"""

from __future__ import annotations

import errno
import io
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from avhopp.domain.clock import local_date
from avhopp.domain.code_lists import CodeList
from avhopp.domain.council import council_figures
from avhopp.domain.reports import check_pdf_password, check_summary_text
from avhopp.domain.roles import Role
from avhopp.domain.settings import logo_bytes
from avhopp.domain.stats import check_period, previous_period
from avhopp.errors import (
    CancelledError,
    DiskFullError,
    PermissionDeniedError,
    ReadOnlyLocationError,
    StorageError,
    ValidationError,
)
from avhopp.reports.texts import DEFAULT_LANGUAGE, check_language, local_time

if TYPE_CHECKING:
    from avhopp.services.vault import Vault

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportDocument:
    """A finished report, in memory until saved."""

    #: A random id tying the save and print entries of the audit log to the generate entry.
    id: str
    kind: str  # "council", "summary" or "extract"
    data: bytes
    #: A file name without personal data (no name, identity number or case reference).
    file_name: str
    pages: int
    encrypted: bool
    #: What the audit entries point at ("case" or "person" and its id; none for council).
    target_type: str | None = None
    target_id: str | None = None


def _page_count(data: bytes) -> int:
    """The pages of a finished (unencrypted) PDF, read from its page tree."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _checkpoint(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError()


class ReportService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # ------------------------------------------------------------------ council report

    def council(
        self,
        start: date,
        end: date,
        *,
        summary_text: str = "",
        language: str = DEFAULT_LANGUAGE,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ReportDocument:
        """The council progress report of [start, end], compared with the period just before
        it (:func:`~avhopp.domain.stats.previous_period`), after disclosure control with the
        unit's threshold. Both periods' figures come from one load of the facts.

        Raises:
            PermissionDeniedError: only managers see unit-wide figures.
            ValidationError: the period ends before it starts; the summary is too long; not
                a report language.
            CancelledError: ``cancel`` was set (nothing is recorded).
        """
        from avhopp.reports.council import render_council
        from avhopp.services.stats_service import period_figures

        vault = self._vault
        if Role.MANAGER not in vault.actor.roles:
            raise PermissionDeniedError(action="print the council report")
        check_period(start, end)
        check_language(language)
        summary = check_summary_text(summary_text)
        steps = 4
        report = progress or (lambda done, total: None)
        report(0, steps)
        settings = vault.settings.get().settings
        prev_start, prev_end = previous_period(start, end)
        _checkpoint(cancel)
        with vault.unit_of_work() as uow:
            current, previous = period_figures(
                uow, [(start, end), (prev_start, prev_end)], as_of=local_date(vault.clock())
            )
        report(1, steps)
        labels = self._labels(language)
        order = {name: tuple(codes) for name, codes in labels.items()}
        figures = council_figures(current, previous, settings.suppression_threshold, order=order)
        _checkpoint(cancel)
        report(2, steps)
        data = render_council(
            figures,
            labels=labels,
            municipality=settings.municipality,
            logo=logo_bytes(settings.report_logo),
            summary_text=summary,
            language=language,
            generated_at=local_time(vault.clock()),
        )
        _checkpoint(cancel)
        report(3, steps)
        document = ReportDocument(
            id=uuid.uuid4().hex,
            kind="council",
            data=data,
            file_name=f"radsrapport_{start.isoformat()}_{end.isoformat()}.pdf",
            pages=_page_count(data),
            encrypted=False,
        )
        self._record(
            document,
            "report.generate",
            {"from": start.isoformat(), "to": end.isoformat(), "language": language},
        )
        report(steps, steps)
        return document

    def _labels(self, language: str) -> dict[str, dict[str, str]]:
        """code list name → {code: label} in the code list's order and ``language``."""
        out: dict[str, dict[str, str]] = {}
        for code_list in (
            CodeList.REFERRAL_SOURCE,
            CodeList.CLOSURE_REASON,
            CodeList.PHASE,
            CodeList.STEP_CATEGORY,
            CodeList.LIFE_DOMAIN,
        ):
            entries = self._vault.code_lists.entries(code_list, include_inactive=True)
            out[str(code_list)] = {
                e.code: (e.label_en if language == "en" and e.label_en else e.label_sv)
                for e in sorted(entries, key=lambda e: (e.sort_order, e.code))
            }
        return out

    # ------------------------------------------------------------------ individual reports

    def summary(
        self,
        case_id: str,
        *,
        start: date | None = None,
        end: date | None = None,
        pseudonymise: bool = False,
        include_address: bool = False,
        password: str | None = None,
        language: str = DEFAULT_LANGUAGE,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ReportDocument:
        """The progress summary (lägesrapport) of one case for a case conference.

        ``start``/``end`` bound the key events taken from signed notes (default: the last
        six months up to today). ``include_address`` prints a protected address (never by
        default; recorded in the audit entry). ``password`` protects the file with AES-256.

        Raises:
            NotFoundError, PermissionDeniedError (as reading the case),
            ValidationError (period, password, language), CancelledError.
        """
        from avhopp.services.individual_reports import progress_summary_pdf

        return self._individual(
            "summary",
            lambda: progress_summary_pdf(
                self._vault,
                case_id,
                start=start,
                end=end,
                pseudonymise=pseudonymise,
                include_address=include_address,
                language=language,
            ),
            target=("case", case_id),
            # Pseudonymisation wins over the address option: the entry says what was printed.
            details={
                "pseudonymised": pseudonymise,
                "address_included": include_address and not pseudonymise,
            },
            password=password,
            language=language,
            progress=progress,
            cancel=cancel,
        )

    def extract(
        self,
        person_id: str,
        *,
        password: str | None = None,
        language: str = DEFAULT_LANGUAGE,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ReportDocument:
        """The register extract (registerutdrag, GDPR Art. 15) of one person, with the
        access log extract. Managers only.

        Raises:
            NotFoundError, PermissionDeniedError, ValidationError, CancelledError.
        """
        from avhopp.services.individual_reports import register_extract_pdf

        vault = self._vault
        if Role.MANAGER not in vault.actor.roles:
            raise PermissionDeniedError(action="make a register extract")
        return self._individual(
            "extract",
            lambda: register_extract_pdf(vault, person_id, language=language),
            target=("person", person_id),
            details={},
            password=password,
            language=language,
            progress=progress,
            cancel=cancel,
        )

    def _individual(
        self,
        kind: str,
        render: Callable[[], bytes],
        *,
        target: tuple[str, str],
        details: dict[str, object],
        password: str | None,
        language: str,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> ReportDocument:
        """Check the options, render (reading the record, audited as any read), protect
        with the password, record ``report.generate``."""
        check_language(language)
        if password is not None:
            check_pdf_password(password)
        report = progress or (lambda done, total: None)
        report(0, 3)
        _checkpoint(cancel)
        data = render()
        report(2, 3)
        _checkpoint(cancel)
        stem = {"summary": "lagesrapport", "extract": "registerutdrag"}[kind]
        document = self._finish(
            kind,
            data,
            password,
            file_name=f"{stem}_{self._vault.clock():%Y-%m-%d}.pdf",
            target=target,
            details={**details, "language": language},
        )
        report(3, 3)
        return document

    def _finish(
        self,
        kind: str,
        data: bytes,
        password: str | None,
        *,
        file_name: str,
        target: tuple[str, str],
        details: dict[str, object],
    ) -> ReportDocument:
        from avhopp.reports.base import encrypt_pdf

        pages = _page_count(data)
        if password is not None:
            data = encrypt_pdf(data, password)
        document = ReportDocument(
            id=uuid.uuid4().hex,
            kind=kind,
            data=data,
            file_name=file_name,
            pages=pages,
            encrypted=password is not None,
            target_type=target[0],
            target_id=target[1],
        )
        self._record(document, "report.generate", {**details, "encrypted": document.encrypted})
        return document

    # ------------------------------------------------------------------ output

    def save(self, document: ReportDocument, path: str | os.PathLike[str]) -> Path:
        """Write the report to ``path`` (the place the user chose), completely or not at all:
        a hidden partial file beside it is renamed over the target once flushed to disk.

        Raises:
            ValidationError: the folder does not exist or the path is a folder.
            ReadOnlyLocationError: the folder cannot be written.
            DiskFullError: the disk is full (nothing is left behind).
            StorageError: any other failure to write.
        """
        target = Path(path)
        if target.is_dir():
            raise ValidationError("Choose a file name, not a folder.", field="path")
        if not target.parent.is_dir():
            raise ValidationError(
                "The folder {folder} does not exist.", field="path", folder=str(target.parent)
            )
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            with open(partial, "xb") as handle:
                handle.write(document.data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise DiskFullError() from None
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise ReadOnlyLocationError(location=str(target.parent)) from None
            raise StorageError(reason=exc.strerror or type(exc).__name__) from None
        self._record(document, "report.save", {})
        return target

    def record_printed(self, document: ReportDocument) -> None:
        """Record that the report was sent to a printer."""
        self._record(document, "report.print", {})

    def record_opened(self, document: ReportDocument) -> None:
        """Record that the saved report was opened in the system's PDF viewer."""
        self._record(document, "report.open", {})

    def _record(self, document: ReportDocument, action: str, details: dict[str, object]) -> None:
        vault = self._vault
        with vault.unit_of_work() as uow:
            vault.audit_entry(
                uow,
                action,
                target_type=document.target_type,
                target_id=document.target_id,
                details={"report": document.kind, "document": document.id, **details},
            )
            uow.commit()
