"""Command line of the store (DESIGN.md, "Commands"); every command honours DATABASE_URL.

python -m store init
python -m store export-plan PLAN_ID FILE.xlsx
python -m store import-plan FILE.xlsx [--dry-run] [--user U]
python -m store next-plan PLAN_ID NEW_PLAN_ID --year YYYY FILE.xlsx
python -m store export-catalog DIR [--plan PLAN_ID]
python -m store export-template FILE.xlsx --plan PLAN --period YYYY-MM-DD [--unit UNIT_ID]
python -m store export-templates DIR --plan PLAN --period YYYY-MM-DD  (one file per unit)
python -m store import-report FILE [--dry-run] [--user U]  (U: an enabled editor or admin)
python -m store export-values FILE.csv [--plain]
python -m store create-user NAME --role ROLE [--unit UNIT_ID …] [--password-stdin]
python -m store close-period --plan PLAN --period YYYY-MM-DD
python -m store reopen-period --plan PLAN --period YYYY-MM-DD --reason TEXT
python -m store demo [--remove] [--plan PLAN]
python -m store backup FILE.zip
python -m store restore FILE.zip

Exit codes: 0 done; 2 the file has problems (one `row N, column C: message` line each on
stdout, nothing written) or the arguments are wrong; 1 the database cannot be used, or the user
exists already.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError

from display.export import to_csv_bytes, to_csv_bytes_ro
from display.i18n import translator
from display.reporting_tables import values_table
from domain.errors import CuratedDataError
from domain.plans import PLAN_TABLE_SHEETS
from store import api, excel, messages
from store import plan_versions as plans
from store.backup import RestoreError, backup, restore
from store.catalog_export import export_catalog
from store.db import migrate
from store.errors import WriteRefusedError
from store.models import ROLES
from store.next_plan import NextPlanError, draft_next_plan, next_plan_workbook_bytes
from store.users import writer_problem
from store.workbook import PlanWorkbookError, plan_workbook_bytes, read_plan_workbook

EXIT_OK, EXIT_ERROR, EXIT_PROBLEMS = 0, 1, 2


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "cli"


def _period(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from exc


def parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m store`."""
    root = argparse.ArgumentParser(prog="python -m store", description=__doc__.splitlines()[0])
    commands = root.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="create or migrate the schema, seed the curated plans")
    export_plan = commands.add_parser("export-plan", help="a stored plan as its workbook")
    export_plan.add_argument("plan_id")
    export_plan.add_argument("file", type=Path)
    import_plan = commands.add_parser("import-plan", help="validate and store a plan workbook")
    import_plan.add_argument("file", type=Path)
    import_plan.add_argument("--dry-run", action="store_true")
    import_plan.add_argument("--user", default=_default_user())
    next_plan = commands.add_parser(
        "next-plan", help="next year's plan workbook drafted from a stored plan"
    )
    next_plan.add_argument("plan_id")
    next_plan.add_argument("new_plan_id")
    next_plan.add_argument("--year", required=True, type=int)
    next_plan.add_argument("file", type=Path)
    catalog = commands.add_parser("export-catalog", help="the stored catalogue as curated CSVs")
    catalog.add_argument("dir", type=Path)
    catalog.add_argument("--plan", default=None)
    template = commands.add_parser("export-template", help="prefilled monitoring template")
    template.add_argument("file", type=Path)
    template.add_argument("--plan", required=True)
    template.add_argument("--period", required=True, type=_period)
    template.add_argument("--unit", default=None, metavar="UNIT_ID",
                          help="only the indicators this unit answers for")  # fmt: skip
    templates = commands.add_parser(
        "export-templates", help="one prefilled template per unit that answers for an indicator"
    )
    templates.add_argument("dir", type=Path)
    templates.add_argument("--plan", required=True)
    templates.add_argument("--period", required=True, type=_period)
    report = commands.add_parser("import-report", help="validate and import a filled template")
    report.add_argument("file", type=Path)
    report.add_argument("--dry-run", action="store_true")
    report.add_argument("--user", default=_default_user())
    values = commands.add_parser(
        "export-values",
        help="every reported value as CSV for a Romanian Excel/LibreOffice (; and decimal comma)",
    )
    values.add_argument("file", type=Path)
    values.add_argument(
        "--plain",
        action="store_true",
        help="plain CSV instead: comma-separated, decimal point, column names as in the store",
    )
    user = commands.add_parser("create-user", help="create a user (bcrypt-hashed password)")
    user.add_argument("name")
    user.add_argument("--role", required=True, choices=ROLES)
    user.add_argument(
        "--unit", action="append", default=[], metavar="UNIT_ID",
        help="a unit a reporter answers for (units.csv); repeat for several",
    )  # fmt: skip
    user.add_argument("--password-stdin", action="store_true")
    close = commands.add_parser(
        "close-period", help="close a plan's period: every write of its values is refused"
    )
    close.add_argument("--plan", required=True)
    close.add_argument("--period", required=True, type=_period)
    reopen = commands.add_parser("reopen-period", help="reopen a closed period, with a reason")
    reopen.add_argument("--plan", required=True)
    reopen.add_argument("--period", required=True, type=_period)
    reopen.add_argument("--reason", required=True)
    demo = commands.add_parser("demo", help="generate (or --remove) demonstration values")
    demo.add_argument("--remove", action="store_true")
    demo.add_argument("--plan", default=None, help="default: the first annual plan")
    dump = commands.add_parser("backup", help="every table in one portable file (zip)")
    dump.add_argument("file", type=Path)
    load = commands.add_parser("restore", help="load a backup into an empty database")
    load.add_argument("file", type=Path)
    return root


def cmd_backup(args: argparse.Namespace) -> int:
    """Write every table to one portable file."""

    report = backup(args.file)
    print(
        messages.CLI_BACKUP.format(
            path=args.file, revision=report.revision, summary=report.summary()
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Load a backup into an empty database (either engine)."""

    try:
        report = restore(args.file)
    except (RestoreError, OSError) as exc:
        print(messages.CLI_RESTORE_REFUSED.format(reason=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        messages.CLI_RESTORED.format(
            path=args.file, revision=report.revision, summary=report.summary()
        )
    )
    return EXIT_OK


def cmd_init(_args: argparse.Namespace) -> int:
    """Create or migrate the schema; seed the curated plans (a broken curated file: its
    problems, exit 2, nothing seeded)."""

    try:
        report = api.init()
    except CuratedDataError as exc:
        for line in exc.problems:
            print(line)
        print(messages.CLI_CURATED_BROKEN.format(file=exc.file), file=sys.stderr)
        return EXIT_PROBLEMS
    for plan_id, outcome in report.seeded_plans.items():
        print(messages.CLI_PLAN_SEEDED.format(plan=plan_id, outcome=outcome))
    for plan_id in report.folded:
        print(messages.CLI_PLAN_FOLDED.format(plan=plan_id))
    print(messages.CLI_INIT.format(revision=report.revision, summary=report.summary()))
    if not api.has_users():
        print(messages.CLI_FIRST_ADMIN)
    return EXIT_OK


def _known_plans() -> str:
    return ", ".join(plans.list_plans()["plan_id"]) or "—"


def cmd_export_plan(args: argparse.Namespace) -> int:
    """Write a stored plan's workbook."""

    try:
        plan = plans.plan_tables(args.plan_id)
    except KeyError:
        print(messages.CLI_PLAN_UNKNOWN.format(plan=args.plan_id, known=_known_plans()))
        return EXIT_PROBLEMS
    args.file.write_bytes(plan_workbook_bytes(plan))
    counts = ", ".join(f"{PLAN_TABLE_SHEETS[t]} {len(f)}" for t, f in plan.tables.items())
    version = int(plans.plan_versions(args.plan_id)["version"].iloc[0])
    print(
        messages.CLI_PLAN_EXPORTED.format(
            plan=args.plan_id, version=version, path=args.file, counts=counts
        )
    )
    return EXIT_OK


def cmd_import_plan(args: argparse.Namespace) -> int:
    """Validate a plan workbook; store it (new plan or new version) unless --dry-run."""

    try:
        plan = read_plan_workbook(args.file.read_bytes())
        check = plans.check_plan(plan)
    except (PlanWorkbookError, plans.PlanProblemsError) as exc:
        for line in exc.problems:
            print(line)
        count = messages.problem_count(len(exc.problems))
        print(messages.CLI_PROBLEMS.format(count=count), file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"fișierul: {messages.UNREADABLE.format(detail=exc.strerror)}")
        return EXIT_PROBLEMS
    plan_id = check.plan.meta.plan_id
    if check.replaces_demo is not None:
        print(messages.CLI_PLAN_REPLACES_DEMO.format(plan=plan_id, demo=check.replaces_demo))
    for warning in check.warnings:
        print(messages.CLI_PLAN_WARNING.format(warning=warning))
    changes = describe_changes(check)
    if check.unchanged:
        print(messages.CLI_PLAN_UNCHANGED.format(plan=plan_id, version=check.previous_version))
        return EXIT_OK
    if args.dry_run:
        print(messages.CLI_PLAN_CHECKED.format(plan=plan_id, changes=changes))
        return EXIT_OK
    summary = plans.save_plan(plan, user=args.user, note=f"import {args.file.name}")
    print(
        messages.CLI_PLAN_STORED.format(
            plan=plan_id, user=args.user, version=summary.version, changes=changes
        )
    )
    return EXIT_OK


def cmd_next_plan(args: argparse.Namespace) -> int:
    """Write next year's plan workbook drafted from a stored plan."""

    try:
        draft = draft_next_plan(args.plan_id, args.new_plan_id, args.year)
    except KeyError:
        print(messages.CLI_PLAN_UNKNOWN.format(plan=args.plan_id, known=_known_plans()))
        return EXIT_PROBLEMS
    except NextPlanError as exc:
        print(str(exc))
        return EXIT_PROBLEMS
    args.file.write_bytes(next_plan_workbook_bytes(draft))
    print(
        messages.CLI_NEXT_PLAN.format(
            plan=args.plan_id,
            new=args.new_plan_id,
            year=args.year,
            path=args.file,
            moved=len(draft.moved),
        )
    )
    return EXIT_OK


def describe_changes(check: plans.PlanCheck) -> str:
    """`servicii: 1 adăugate, 3 modificate, 1 eliminate; …` (tables with changes only)."""
    parts = []
    for table, change in check.changes.items():
        counts = change.counts()
        if any(counts.values()):
            parts.append(
                f"{PLAN_TABLE_SHEETS[table]}: {counts['added']} adăugate, "
                f"{counts['changed']} modificate, {counts['removed']} eliminate"
            )
    against = check.compared_with or "—"
    return f"față de {against}: " + ("; ".join(parts) if parts else "nicio modificare")


def cmd_export_catalog(args: argparse.Namespace) -> int:
    """The stored catalogue as CSV files with the curated contracts."""

    try:
        written = export_catalog(args.dir, plan_id=args.plan)
    except KeyError:
        print(messages.CLI_PLAN_UNKNOWN.format(plan=args.plan, known=_known_plans()))
        return EXIT_PROBLEMS
    print(
        messages.CLI_CATALOG_EXPORTED.format(
            files=len(written), path=args.dir, plans=args.plan or _known_plans()
        )
    )
    return EXIT_OK


def cmd_export_template(args: argparse.Namespace) -> int:
    """Write the prefilled template (with --unit: only that unit's indicators)."""
    if args.unit is None:
        rows = excel.export_template(args.file, args.plan, args.period)
        print(
            messages.CLI_TEMPLATE.format(
                path=args.file, rows=rows, plan=args.plan, period=args.period
            )
        )
        return EXIT_OK
    from store.input_rules import load_catalog
    from store.reporters import unit_names

    names = unit_names()
    if args.unit not in names:
        print(messages.CLI_UNIT_UNKNOWN.format(unit=args.unit), file=sys.stderr)
        return EXIT_PROBLEMS
    catalog = load_catalog()
    if catalog.unit_indicators(args.plan, args.unit).empty:
        print(messages.CLI_UNIT_NOTHING.format(unit=names[args.unit], plan=args.plan),
              file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    rows = excel.export_template(
        args.file, args.plan, args.period, catalog=catalog, unit_id=args.unit,
        unit_name=names[args.unit],
    )  # fmt: skip
    print(
        messages.CLI_UNIT_TEMPLATE.format(
            path=args.file, rows=rows, unit=names[args.unit], plan=args.plan, period=args.period
        )
    )
    return EXIT_OK


def cmd_export_templates(args: argparse.Namespace) -> int:
    """One template per unit that answers for one of the plan's indicators."""
    from store.input_rules import load_catalog
    from store.unit_templates import export_unit_templates, unowned_count

    catalog = load_catalog()
    if catalog.plan_indicators(args.plan).empty:
        print(messages.CLI_PLAN_UNKNOWN.format(plan=args.plan, known=_known_plans()))
        return EXIT_PROBLEMS
    written = export_unit_templates(args.dir, args.plan, args.period, catalog=catalog)
    for item in written:
        print(f"{item.path.name}: {item.unit_name} ({item.rows})")
    print(
        messages.CLI_UNIT_TEMPLATES.format(
            files=len(written), path=args.dir, plan=args.plan, period=args.period,
            unowned=unowned_count(args.plan, catalog),
        )
    )  # fmt: skip
    return EXIT_OK


def _report_import(result: excel.ImportResult, *, dry_run: bool, user: str) -> int:
    if result.problems:
        for line in result.problems:
            print(line)
        print(
            messages.CLI_PROBLEMS.format(count=messages.problem_count(len(result.problems))),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    counts = result.preview["status"].value_counts()
    print(
        messages.CLI_PREVIEW.format(
            new=int(counts.get("new", 0)),
            changed=int(counts.get("changed", 0)),
            unchanged=int(counts.get("unchanged", 0)),
        )
    )
    print(
        messages.CLI_DRY_RUN
        if dry_run
        else messages.CLI_IMPORTED.format(user=user, saved=result.saved)
    )
    return EXIT_OK


def cmd_import_report(args: argparse.Namespace) -> int:
    """Validate, preview and (unless --dry-run) import a filled template, as --user: an existing,
    enabled user whose role may write (checked first, and again when saving)."""

    refused = writer_problem(args.user)
    if refused is not None:
        print(messages.CLI_WRITE_REFUSED.format(reason=refused), file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        result = excel.import_report(args.file, user=args.user, dry_run=args.dry_run)
    except WriteRefusedError as exc:
        print(messages.CLI_WRITE_REFUSED.format(reason=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    return _report_import(result, dry_run=args.dry_run, user=args.user)


def cmd_export_values(args: argparse.Namespace) -> int:
    """Every reported value as CSV (Romanian spreadsheet format, or --plain), formulas
    neutralised."""

    frame = api.values_frame()
    if args.plain:
        args.file.write_bytes(to_csv_bytes(frame))
    else:
        table = values_table(frame, translator("ro"), "ro", for_download=True)
        args.file.write_bytes(to_csv_bytes_ro(table))
    print(messages.CLI_EXPORTED.format(rows=len(frame), path=args.file))
    return EXIT_OK


def _password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(messages.CLI_PASSWORD_PROMPT)
    if getpass.getpass(messages.CLI_PASSWORD_REPEAT) != first:
        print(messages.CLI_PASSWORD_MISMATCH, file=sys.stderr)
        return None
    return first


def cmd_create_user(args: argparse.Namespace) -> int:
    """Create a user with a bcrypt-hashed password (a reporter with its units)."""
    from store.errors import ReporterUnitsError
    from store.reporters import checked_units

    try:
        checked_units(args.role, args.unit)  # before asking for a password
    except ReporterUnitsError as exc:
        print(messages.CLI_INVALID_USER.format(detail=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    password = _password(args.password_stdin)
    if password is None:
        return EXIT_PROBLEMS
    migrate()  # a fresh clone has no schema yet: create it rather than fail
    try:
        # the operator: audited as "cli"
        user = api.create_user(args.name, password, args.role, units=args.unit)
    except ValidationError as exc:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(messages.CLI_INVALID_USER.format(detail=detail), file=sys.stderr)
        return EXIT_PROBLEMS
    except api.UserExistsError:
        print(messages.CLI_USER_EXISTS.format(username=args.name), file=sys.stderr)
        return EXIT_ERROR
    print(messages.CLI_USER_CREATED.format(username=user.username, role=user.role))
    if args.unit:
        from store.reporters import unit_label

        units = ", ".join(unit_label(u) for u in sorted(set(args.unit)))
        print(messages.CLI_USER_UNITS.format(username=user.username, units=units))
    return EXIT_OK


def cmd_close_period(args: argparse.Namespace) -> int:
    """Close a plan's period (as the shell's author, audited)."""
    from store.errors import PeriodStateError
    from store.periods import close_period

    author = _default_user()
    try:
        close_period(args.plan, args.period, user=author, acting=False)
    except PeriodStateError as exc:
        print(messages.CLI_PERIOD_REFUSED.format(reason=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    period = f"{args.period:%d.%m.%Y}"
    print(messages.CLI_PERIOD_CLOSED.format(period=period, plan=args.plan, user=author))
    return EXIT_OK


def cmd_reopen_period(args: argparse.Namespace) -> int:
    """Reopen a closed period with a reason (as the shell's author, audited)."""
    from store.errors import PeriodStateError
    from store.periods import reopen_period

    author = _default_user()
    try:
        reopen_period(args.plan, args.period, reason=args.reason, user=author, acting=False)
    except PeriodStateError as exc:
        print(messages.CLI_PERIOD_REFUSED.format(reason=exc), file=sys.stderr)
        return EXIT_PROBLEMS
    period = f"{args.period:%d.%m.%Y}"
    reason = " ".join(args.reason.split())
    print(
        messages.CLI_PERIOD_REOPENED.format(
            period=period, plan=args.plan, user=author, reason=reason
        )
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """Generate or remove demonstration values (exit 2, nothing written, in a closed period)."""
    try:
        return _demo(args)
    except WriteRefusedError as exc:
        print(messages.CLI_WRITE_REFUSED.format(reason=exc), file=sys.stderr)
        return EXIT_PROBLEMS


def _demo(args: argparse.Namespace) -> int:
    if args.remove:
        print(messages.CLI_DEMO_REMOVED.format(count=api.remove_demo()))
        return EXIT_OK
    plan_id = args.plan or api.demo_plan_id()
    count = api.generate_demo(plan_id)
    if count == 0 and not api.has_demo():
        print(messages.CLI_DEMO_NONE.format(plan=plan_id))
    else:
        print(messages.CLI_DEMO_CREATED.format(count=count, plan=plan_id))
    if not args.plan:
        strategy = api.generate_strategy_demo()
        print(messages.CLI_DEMO_STRATEGY.format(count=strategy))
    registry = api.generate_demo_registry()
    if registry is not None:
        print(messages.CLI_DEMO_REGISTRY.format(plan=registry))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "export-plan": cmd_export_plan,
    "import-plan": cmd_import_plan,
    "next-plan": cmd_next_plan,
    "export-catalog": cmd_export_catalog,
    "export-template": cmd_export_template,
    "export-templates": cmd_export_templates,
    "import-report": cmd_import_report,
    "export-values": cmd_export_values,
    "create-user": cmd_create_user,
    "close-period": cmd_close_period,
    "reopen-period": cmd_reopen_period,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code."""
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except SQLAlchemyError as exc:
        detail = str(exc).splitlines()[0][:300]
        print(messages.CLI_DB_ERROR.format(detail=detail), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
