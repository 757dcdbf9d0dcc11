"""Romanian messages of the store: upload problems and command-line output (one place)."""

from __future__ import annotations

# Whole-file problems (printed as `file: message`).
UNREADABLE = "fișierul nu poate fi citit ({detail})"
NOT_XLSX = "nu este un fișier Excel .xlsx valid ({detail})"
TOO_LARGE = "are {size_mb} MB, peste limita de {limit_mb} MB"  # size_mb: mb_text()


def mb_text(size_bytes: int) -> str:
    """A file size in MB as Romanian prints it, one decimal: `5,0`."""
    return f"{size_bytes / 1024 / 1024:.1f}".replace(".", ",")


TOO_LARGE_UNPACKED = "conținutul dezarhivat depășește {limit_mb} MB"
NO_SHEET = "lipsește foaia „{sheet}” (foi găsite: {found})"
TOO_MANY_ROWS = "are {rows} rânduri, peste limita de {limit}"
NO_ROWS = "nu conține niciun rând de date"
WRONG_TYPE = "„{name}” nu este un fișier .xlsx; încărcați machetul Excel descărcat de aici"
MACROS = (
    "registrul conține macrocomenzi (VBA), orice extensie ar avea; salvați-l ca „Registru de "
    "lucru Excel (.xlsx)” fără macrocomenzi și încărcați-l din nou"
)

# Header problems (row 1).
MISSING_COLUMN = "lipsește coloana „{name}”"
UNEXPECTED_COLUMN = "coloană neașteptată „{name}” (poate redenumită?)"
DUPLICATE_COLUMN = "coloana „{name}” apare de două ori"

# Cell problems.
REQUIRED = "câmp obligatoriu gol"
UNKNOWN_INDICATOR = "indicator necunoscut „{value}”"
OTHER_PLAN = "indicatorul „{value}” aparține planului {plan}, nu {expected}"
UNKNOWN_SERVICE = "serviciu necunoscut „{value}”"
DUPLICATE_ID = "„{value}” apare de mai multe ori (prima dată pe rândul {first})"
NOT_A_DATE = "„{value}” nu este o dată (AAAA-LL-ZZ)"
PERIOD_MIXED = "perioada {value} diferă de {first} (rândul {first_row}); un fișier, o perioadă"
PERIOD_EXPECTED = "perioada {value} diferă de perioada aleasă, {expected}"
NOT_A_NUMBER = "„{value}” nu este un număr"
AMBIGUOUS_COMMA = (
    "„{value}” este ambiguu: 1,2 (virgula zecimală) sau 1200 (virgula pentru mii)? Scrieți "
    "fără separator de mii (1200) sau cu o zecimală (1,2)"
)
AMBIGUOUS_DOT = (
    "„{value}” este ambiguu: în format românesc punctul separă miile, iar virgula zecimalele; "
    "scrieți de exemplu 12,5"
)
PERCENT_NOT_ALLOWED = (
    "{value} este scris ca procent, dar indicatorul nu este procentual; scrieți numărul fără % "
    "(și fără formatul de procent al celulei)"
)
FORMULA = "formulă „{value}”: introduceți valoarea, nu o formulă"
NEGATIVE = "valoare negativă ({value}); sunt permise doar valori ≥ 0"
PERCENT_ABOVE_100 = "{value} depășește 100 pentru un indicator procentual"
NOT_BOOLEAN = "{value} nu este 1 (realizat) sau 0 (nerealizat)"
NOT_WHOLE = "„{value}” nu este un număr întreg"
YEAR_RANGE = "anul {value} nu este între 2000 și 2100"
YEAR_MIXED = "anul {value} diferă de {first} (rândul {first_row}); un fișier, un an"
YEAR_EXPECTED = "anul {value} diferă de anul ales, {expected}"
COMMENT_WITHOUT_VALUE = "comentariu fără valoare: completați valoarea sau ștergeți comentariul"
TOO_LONG = "text prea lung ({length} caractere, maximum {limit})"
NOT_XML = "registrul nu poate fi citit: conținutul său XML este deteriorat ({detail})"

# Writes refused because of who is writing (nothing written; the attempt is audited).
WRITER_UNKNOWN = "utilizatorul „{user}” nu există; nu s-a scris nimic"
WRITER_DISABLED = "utilizatorul „{user}” este dezactivat; nu s-a scris nimic"
WRITER_ROLE = (
    "utilizatorul „{user}” are acum rolul {role}, care nu permite această modificare; nu s-a "
    "scris nimic"
)
INVALID = "valoare nevalidă: {detail}"

# Reporters, closed periods and submissions (issue #24).
WRITER_OTHER_UNIT = (
    "utilizatorul „{user}” (raportor pentru {units}) nu poate scrie indicatorul „{indicator}”: "
    "răspunde pentru el {owners}; nu s-a scris nimic"
)
NO_OWNER = "nicio unitate din catalog"
PERIOD_CLOSED = (
    "perioada {period} a planului {plan} este închisă (de {by}); nu se mai scrie nimic în ea "
    "până când un administrator o redeschide; nu s-a scris nimic"
)
UNIT_SUBMITTED = (
    "unitatea {unit} a trimis deja raportul pentru perioada {period} a planului {plan} "
    "(indicatorul „{indicator}”): valorile ei sunt înghețate până când biroul îl retrimite spre "
    "corectare; nu s-a scris nimic"
)
REPORTER_NEEDS_UNIT = "un raportor trebuie legat de cel puțin o unitate (--unit UNIT_ID)"
UNITS_ONLY_FOR_REPORTER = "doar un raportor se leagă de unități; rolul {role} nu are unități"
UNKNOWN_UNIT = "unitatea „{unit}” nu există în catalogul unităților (units.csv)"
REOPEN_NEEDS_REASON = "redeschiderea unei perioade cere un motiv (--reason TEXT)"
PERIOD_ALREADY_CLOSED = "perioada {period} a planului {plan} este deja închisă"
PERIOD_NOT_CLOSED = "perioada {period} a planului {plan} nu este închisă"
PERIOD_UNKNOWN_PLAN = "planul „{plan}” nu există"
SUBMIT_NOT_ALLOWED = (
    "utilizatorul „{user}” nu poate trimite raportul unității {unit}: nu este raportor al ei"
)
SUBMIT_TWICE = "raportul unității {unit} pentru perioada {period} este deja {state}"
REVIEW_NOT_SUBMITTED = (
    "raportul unității {unit} pentru perioada {period} nu este trimis (starea: {state}); "
    "nu are ce {action}"
)
RETURN_NEEDS_COMMENT = "retrimiterea spre corectare cere un comentariu pentru unitate"
SUBMISSION_STATE_LABELS = {
    "nothing": "netrimis", "submitted": "trimis", "approved": "aprobat",
    "returned": "retrimis spre corectare",
}  # fmt: skip

# Command line.
CLI_INIT = "Baza de date e la zi (revizia {revision}): {summary}."
CLI_FIRST_ADMIN = (
    "Nu există încă niciun utilizator. Creați primul administrator (parola se cere de două "
    "ori):\n  .venv/bin/python -m store create-user NUME --role admin\n"
    "Apoi, din pagina /raportare (fila Administrare), administratorul creează ceilalți "
    "utilizatori."
)
CLI_BACKUP = "Copie de siguranță scrisă: {path} (revizia {revision}; {summary})."
CLI_RESTORED = "Restaurat din {path} (revizia {revision}): {summary}."
CLI_RESTORE_REFUSED = "Restaurarea a fost refuzată: {reason}. Nu s-a scris nimic."
CLI_TEMPLATE = "Șablon scris: {path} ({rows} indicatori, plan {plan}, perioada {period})."
CLI_SNAPSHOT_TEMPLATE = "Șablon scris: {path} ({rows} servicii, anul {year})."
CLI_PROBLEMS = "{count}; nu s-a scris nimic."
CLI_PREVIEW = "{new} noi, {changed} modificate, {unchanged} neschimbate."
CLI_DRY_RUN = "Verificare fără scriere (--dry-run): fișierul este valid; nu s-a scris nimic."
CLI_IMPORTED = "Importat de {user}: {saved}."
CLI_WRITE_REFUSED = "Importul a fost refuzat: {reason}."
CLI_EXPORTED = "{rows} valori scrise în {path}."
CLI_USER_CREATED = "Utilizator creat: {username} ({role})."
CLI_USER_UNITS = "Unitățile raportorului {username}: {units}."
CLI_USER_EXISTS = "Utilizatorul „{username}” există deja."
CLI_PASSWORD_PROMPT = "Parola: "
CLI_PASSWORD_REPEAT = "Repetați parola: "
CLI_PASSWORD_MISMATCH = "Parolele diferă."
CLI_INVALID_USER = "Date nevalide: {detail}"
CLI_DEMO_CREATED = "{count} valori demonstrative generate pentru {plan} (source=demo)."
CLI_DEMO_NONE = "Niciun indicator al planului {plan} nu are țintă numerică; nu s-a generat nimic."
CLI_DEMO_STRATEGY = (
    "{count} valori demonstrative generate pentru strategie (30.06.2025, 31.12.2025, 30.06.2026)."
)
CLI_DEMO_REGISTRY = "Registru demonstrativ creat: {plan} (marcat ca atare; se șterge cu --remove)."
CLI_DEMO_REMOVED = "{count} valori demonstrative șterse."
CLI_CURATED_BROKEN = (
    "Fișierul curat {file} are probleme (mai sus); planurile din baza de date au rămas cum erau."
)
CLI_PLAN_SEEDED = "Plan {plan}: {outcome}."
CLI_PLAN_FOLDED = "Registrul {plan} creat din capacitățile anuale introduse anterior."
CLI_PLAN_EXPORTED = "Planul {plan} (versiunea {version}) scris în {path}: {counts}."
CLI_NEXT_PLAN = (
    "Planul {new} (anul {year}) pregătit din {plan} în {path}: {moved} termene mutate (foaia "
    "termene_mutate). Verificați-l cu: python -m store import-plan {path} --dry-run"
)
CLI_PLAN_WARNING = "Atenție: {warning}"
CLI_PLAN_REPLACES_DEMO = (
    "Atenție: planul real {plan} înlocuiește registrul demonstrativ {demo} al aceluiași an "
    "(acesta se șterge la salvare, înregistrat în jurnal)."
)
CLI_PLAN_UNKNOWN = "Planul „{plan}” nu există. Planuri: {known}."
CLI_PLAN_UNCHANGED = "Planul {plan} este identic cu versiunea {version}; nu s-a scris nimic."
CLI_PLAN_STORED = "Planul {plan} salvat de {user} ca versiunea {version}: {changes}."
CLI_PLAN_CHECKED = "Verificare fără scriere (--dry-run): planul {plan} este valid; {changes}."
CLI_CATALOG_EXPORTED = "{files} fișiere CSV scrise în {path} ({plans})."
CLI_PERIOD_CLOSED = "Perioada {period} a planului {plan} a fost închisă (de {user})."
CLI_PERIOD_REOPENED = "Perioada {period} a planului {plan} a fost redeschisă (de {user}): {reason}."
CLI_PERIOD_REFUSED = "Refuzat: {reason}."
CLI_UNIT_TEMPLATE = (
    "Șablon scris: {path} ({rows} indicatori ai unității {unit}, plan {plan}, perioada {period})."
)
CLI_UNIT_TEMPLATES = (
    "{files} șabloane scrise în {path} (câte unul pentru fiecare unitate care răspunde de un "
    "indicator; plan {plan}, perioada {period}); fără unitate responsabilă: {unowned} indicatori."
)
CLI_UNIT_UNKNOWN = "Unitatea „{unit}” nu există în catalogul unităților (units.csv)."
CLI_UNIT_NOTHING = "Unitatea {unit} nu răspunde de niciun indicator al planului {plan}."
CLI_DB_ERROR = "Baza de date nu poate fi folosită ({detail}). Rulați întâi: python -m store init"


def number_ro(number: float) -> str:
    """A number in Romanian format for a message: `150` (not 150.0), `37,5`."""
    text = f"{number:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def where(row: int, column: str) -> str:
    """The place of a problem: `rândul N, coloana C` (C: a letter and the header, or a label)."""
    return f"rândul {row}, coloana {column}"


def problem_count(count: int) -> str:
    """`o problemă`, `5 probleme`, `20 de probleme` (Romanian counts take `de` from 20 up)."""
    if count == 1:
        return "o problemă"
    return f"{count} probleme" if count % 100 < 20 else f"{count} de probleme"
