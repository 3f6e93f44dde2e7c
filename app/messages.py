"""Turn typed errors into one-line sentences, Swedish first, English when asked.

Used by the command line and by the UI's error funnel, so both say the same thing.
Messages never contain note, quote or consent text: only codes, counts, names of files.
"""

from __future__ import annotations

from app.errors import GuideFormatError, SamtalError

_MESSAGES: dict[str, tuple[str, str]] = {
    "project_not_found": ("Projektet finns inte: {detail}", "The project does not exist: {detail}"),
    "project_exists": (
        "Det finns redan något på den platsen: {detail}. Välj ett annat namn.",
        "Something already exists there: {detail}. Choose another name.",
    ),
    "wrong_passphrase": (
        "Fel lösenord. Inget har ändrats. Försök igen.",
        "Wrong passphrase. Nothing was changed. Try again.",
    ),
    "damaged_project": (
        (
            "Projektet är skadat eller kan inte läsas ({detail}). Inget har skrivits över; "
            "återställ från en säkerhetskopia."
        ),
        (
            "The project is damaged or cannot be read ({detail}). Nothing was overwritten; "
            "restore from a backup."
        ),
    ),
    "saves_lost": (
        (
            "{detail}. Det som sparades före det finns kvar. Återställ den senaste "
            "säkerhetskopian, eller fortsätt med det som finns."
        ),
        (
            "{detail}. What was saved before that is still there. Restore the newest "
            "backup, or go on with what is there."
        ),
    ),
    "project_locked": (
        "Projektet är redan öppet i ett annat fönster eller program. Stäng det först.",
        "The project is already open in another window or program. Close it first.",
    ),
    "disk_full": (
        "Disken är full. Det du skrivit finns kvar på skärmen; frigör utrymme så sparas det igen.",
        (
            "The disk is full. What you typed is still on screen; "
            "free some space and it will be saved."
        ),
    ),
    "read_only": (
        "Det går inte att skriva till projektmappen ({detail}).",
        "The project folder cannot be written to ({detail}).",
    ),
    "unsupported_format": (
        "Projektet är skapat av en nyare version av Samtal ({detail}). Uppdatera programmet.",
        "The project was made by a newer version of Samtal ({detail}). Update the program.",
    ),
    "project_closed": ("Projektet är låst eller stängt.", "The project is locked or closed."),
    "store": ("Lagringsfel: {detail}", "Storage error: {detail}"),
    "store_bug": (
        "Ett internt fel i Samtal ({detail}). Inget innehåll har förlorats.",
        "An internal error in Samtal ({detail}). No content was lost.",
    ),
    "guide_format": ("Fel i frågeguiden: {detail}", "Error in the question guide: {detail}"),
    "not_found": ("Hittades inte: {detail}", "Not found: {detail}"),
    "invalid_input": ("Ogiltig uppgift: {detail}", "Invalid input: {detail}"),
    "consent_required": (
        "Samtycke saknas ({detail}). Registrera samtycket först.",
        "Consent is missing ({detail}). Record the consent first.",
    ),
    "consent_withdrawn": (
        "Samtycket är återkallat{detail}.",
        "Consent has been withdrawn{detail}.",
    ),
    "unresolved_findings": (
        "Exporten stoppades: {detail}. Granska dem under Pseudonymisering först.",
        "The export was stopped: {detail}. Review them under Pseudonymisation first.",
    ),
    # audio (app/audio/errors.py)
    "audio": ("Ljudfel: {detail}", "Audio error: {detail}"),
    "audio_damaged_chunk": (
        "En del av inspelningen är skadad eller hör inte till projektet ({detail}).",
        "A part of the recording is damaged or does not belong to the project ({detail}).",
    ),
    "audio_not_audio": (
        "Filen innehåller inget ljud som kan läsas: {detail}",
        "The file holds no audio that can be read: {detail}",
    ),
    "audio_recording_not_found": (
        "Inspelningen finns inte (ljudet kan vara raderat).",
        "The recording does not exist (the audio may have been deleted).",
    ),
    "stt_unavailable": (
        "Taligenkänning är inte installerad (pip install samtal[stt]).",
        "Speech recognition is not installed (pip install samtal[stt]).",
    ),
    "stt_model_invalid": (
        "Mappen är inte en taligenkänningsmodell som kan användas: {detail}",
        "The folder is not a usable speech recognition model: {detail}",
    ),
    "audio_no_microphone": (
        "Ingen mikrofon svarar ({detail}). Anslut en mikrofon eller välj en i datorns "
        "ljudinställningar; det som spelats in är sparat.",
        "No microphone answers ({detail}). Connect one or choose one in the computer's sound "
        "settings; what was recorded is saved.",
    ),
    "cancelled": ("Avbrutet.", "Cancelled."),
    "package": ("{detail}", "{detail}"),
    "error": ("Fel: {detail}", "Error: {detail}"),
    # live co-listening (app/team/live)
    "colisten": ("Medlyssningen: {detail}", "Co-listening: {detail}"),
    "colisten_code_format": (
        "Koden ska vara nio siffror, till exempel 274-819-035.",
        "The code is nine digits, for example 274-819-035.",
    ),
    "colisten_address_format": (
        "Adressen ska skrivas som 192.168.1.20:50123.",
        "Write the address as 192.168.1.20:50123.",
    ),
    "colisten_refused": (
        "Intervjuaren tog inte emot koden ({detail}). Inget skickades.",
        "The interviewer's laptop did not accept the code ({detail}). Nothing was sent.",
    ),
    "colisten_not_host": (
        "Datorn på den adressen kan inte koden. Inget skickades.",
        "The computer at that address does not know the code. Nothing was sent.",
    ),
    "colisten_unreachable": (
        "Fick ingen kontakt med intervjuarens dator. Inget sparades; försök igen.",
        "Could not reach the interviewer's laptop. Nothing was stored; try again.",
    ),
    "colisten_already_sent": (
        "Citatet är redan skickat till intervjuaren; ändra eller ta bort det där.",
        "The quote was already sent to the interviewer; change or delete it there.",
    ),
    "colisten_not_stored": (
        "Intervjuaren sparade inte citatet ({detail}).",
        "The interviewer's laptop did not store the quote ({detail}).",
    ),
}

_DETAILS: dict[str, tuple[str, str]] = {
    "passphrase_too_short": (
        "lösenordet måste ha minst {minimum} tecken",
        "the passphrase must have at least {minimum} characters",
    ),
    "passphrase_mismatch": ("lösenorden är inte lika", "the passphrases do not match"),
    "passphrase_missing": ("inget lösenord angavs", "no passphrase was given"),
    "auditor_code": (
        "revisorskoden får vara högst {maximum} tecken utan mellanslag (initialer, inte namn)",
        (
            "the auditor code may have at most {maximum} characters and no spaces "
            "(initials, not names)"
        ),
    ),
    "auditor_code_missing": ("revisorskod saknas", "the auditor code is missing"),
    "date": ("datumet ska skrivas ÅÅÅÅ-MM-DD", "write the date as YYYY-MM-DD"),
    "settings_text_too_long": (
        "en uppgift får vara högst {maximum} tecken på en rad",
        "a field may hold at most {maximum} characters on one line",
    ),
    "settings_phone": (
        "telefonnumret får bara ha siffror, mellanslag, +, - och parenteser",
        "the phone number may only hold digits, spaces, +, - and brackets",
    ),
    "settings_email": (
        "e-postadressen ska se ut som namn@exempel.se",
        "the e-mail address should look like name@example.com",
    ),
    "settings_minutes": (
        "intervjulängden ska vara {minimum}–{maximum} minuter",
        "the interview length must be {minimum}–{maximum} minutes",
    ),
    "settings_keep_until_past": (
        "datumet då uppgifterna raderas kan inte ha passerat",
        "the date the data is erased cannot be in the past",
    ),
    "quote_empty": ("citatet är tomt", "the quote is empty"),
    "quote_too_long": (
        "citatet är för långt (högst {maximum} tecken)",
        "the quote is too long (at most {maximum} characters)",
    ),
    "name": ("namnet är tomt eller för långt", "the name is empty or too long"),
    "participant_code": (
        "ingen intervju med deltagarkoden {code}",
        "no interview with participant code {code}",
    ),
    "keyfile_missing": ("nyckelfilen saknas", "the key file is missing"),
    "keyfile_format": ("nyckelfilen är skadad", "the key file is damaged"),
    "keyfile_checksum": (
        "nyckelfilen är skadad: kontrollsumman stämmer inte, så det är inte fel lösenord",
        "the key file is damaged: its checksum does not match, so it is not a wrong passphrase",
    ),
    "keyfile_kdf": (
        "nyckelfilens parametrar är större än Samtal använder (skadad eller ändrad fil)",
        "the key file's parameters are larger than Samtal uses (a damaged or altered file)",
    ),
    "passphrase_not_utf8": (
        "lösenordet är inte UTF-8-text (kontrollera SAMTAL_PASSPHRASE eller filens kodning)",
        "the passphrase is not UTF-8 text (check SAMTAL_PASSPHRASE or the file's encoding)",
    ),
    "secret_file_not_utf8": (
        "filen som {option} anger är inte UTF-8-text; spara den som UTF-8",
        "the file given with {option} is not UTF-8 text; save it as UTF-8",
    ),
    "secret_env_not_utf8": (
        "{source} är inte UTF-8-text; sätt variabeln med UTF-8",
        "{source} is not UTF-8 text; set the variable as UTF-8",
    ),
    "saves_lost": (
        "{lost} sparningar som bekräftats saknas i databasen (troligen efter en krasch)",
        "{lost} saves that were confirmed are missing from the database (probably after a crash)",
    ),
    "schema_needs_update": (
        "kopian är gjord av en äldre version och måste öppnas skrivbar en gång",
        "the copy was made by an older version and must be opened writable once",
    ),
    "rotation_pending": (
        "ett nyckelbyte avbröts och måste slutföras i en skrivbar mapp",
        "a key rotation was interrupted and must be finished in a writable folder",
    ),
    "database_missing": ("databasfilen saknas", "the database file is missing"),
    "notes": ("anteckningar", "notes"),
    "quotes": ("citat", "quotes"),
    "audio": ("ljudinspelning", "audio recording"),
    "findings": (
        "{count} fynd väntar på granskning i intervju {codes}",
        "{count} findings wait for review in interview {codes}",
    ),
    "export_password_too_short": (
        "exportlösenordet måste ha minst {minimum} tecken",
        "the export password must have at least {minimum} characters",
    ),
    "export_folder_missing": ("mappen finns inte", "the folder does not exist"),
    "no_interviews": ("inga intervjuer att exportera", "no interviews to export"),
    # REFI-QDA (.qdpx, .qdc)
    "interview_withdrawn": (
        "intervju {code} har återkallat samtycke och exporteras aldrig",
        "interview {code} has withdrawn consent and is never exported",
    ),
    "qdpx_suffix": (
        "filen ska sluta på .qdpx (eller .zip med lösenord)",
        "the file must end in .qdpx (or .zip with a password)",
    ),
    "qdc_suffix": ("kodboken ska sluta på .qdc", "the codebook must end in .qdc"),
    "qdc_format": (
        "filen är ingen REFI-QDA-kodbok (.qdc)",
        "the file is not a REFI-QDA codebook (.qdc)",
    ),
    "qdc_no_codes": ("kodboken har inga koder", "the codebook has no codes"),
    "qdc_too_large": ("kodboken är för stor", "the codebook is too large"),
    "qdc_unreadable": ("kodboken kan inte läsas", "the codebook cannot be read"),
    "required_items": ("obligatoriska punkter är inte ibockade", "required items are not ticked"),
    # keys, backups, erasure
    "keyfile_no_slots": ("nyckelfilen saknar nycklar", "the key file holds no keys"),
    "no_recovery_slot": (
        "projektet har ingen återställningsnyckel",
        "the project has no recovery key",
    ),
    "recovery_code": (
        "återställningsnyckeln ska ha {length} tecken (siffror och bokstäver)",
        "the recovery key must have {length} characters (digits and letters)",
    ),
    "recovery_key_exists": (
        "projektet har redan en återställningsnyckel; --replace gör den gamla ogiltig",
        "the project already has a recovery key; --replace makes the old one invalid",
    ),
    "backup_source_damaged": (
        "projektet klarar inte kontrollen, så ingen kopia gjordes",
        "the project fails its check, so no copy was made",
    ),
    "backup_damaged": (
        "säkerhetskopian är skadad eller ofullständig",
        "the backup is damaged or incomplete",
    ),
    "backup_manifest": (
        "säkerhetskopians innehållsfil är skadad",
        "the backup's manifest is damaged",
    ),
    "copy_failed": (
        "kopian kunde inte kontrolleras och togs bort",
        "the copy did not verify and was removed",
    ),
    "erase_reason": (
        "skälet ska vara withdrawal (återkallat samtycke) eller retention (gallring)",
        "the reason must be withdrawal or retention",
    ),
    "not_overdue": (
        "en av intervjuerna har inte passerat sitt gallringsdatum",
        "one of the interviews is not past its retention date",
    ),
    "confirmation_needed": (
        "bekräftelse krävs: kör i en terminal eller lägg till --yes",
        "confirmation needed: run in a terminal or add --yes",
    ),
    "not_confirmed": ("inte bekräftat; inget raderades", "not confirmed; nothing was erased"),
    "interview": ("intervjun", "the interview"),
    "withdrawn_interviews": (
        " för {codes}; intervjun exporteras aldrig – radera den under Säkerhet",
        " for {codes}; the interview is never exported – erase it under Security",
    ),
    "output_exists": (
        "{name} finns redan; lägg till --force för att ersätta den",
        "{name} exists already; add --force to replace it",
    ),
    "no_consent_use_erase": (
        "intervjun har inget samtycke att återkalla; ta bort den med --erase",
        "the interview has no consent to withdraw; remove it with --erase",
    ),
    "restore_erasures_unknown": (
        "det går inte att läsa vilka intervjuer det nuvarande projektet har raderat (fel"
        " lösenord eller skadat, och ingen raderingsförteckning), så återställningen kunde"
        " ta tillbaka raderade intervjuer; skriv det nuvarande lösenordet",
        "which interviews the current project erased cannot be read (a wrong passphrase or"
        " damaged, and no erasure register), so the restore could bring erased interviews"
        " back; give the current passphrase",
    ),
    "interview_has_consent": (
        "intervjun har ett samtycke; använd återkallelse i stället",
        "the interview has a consent; use withdrawal instead",
    ),
    "interview_not_withdrawn": (
        "samtycket är inte återkallat; registrera återkallelsen först",
        "the consent is not withdrawn; record the withdrawal first",
    ),
    # analysis: codebook and tags
    "theme": ("temat", "the theme"),
    "theme_name": ("temat behöver ett namn", "the theme needs a name"),
    "theme_colour": ("färgen ska skrivas #rrggbb", "write the colour as #rrggbb"),
    "theme_merge_self": (
        "ett tema kan inte slås ihop med sig självt",
        "a theme cannot be merged with itself",
    ),
    "theme_cycle": (
        "ett tema kan inte ligga under sitt eget undertema",
        "a theme cannot be under its own sub-theme",
    ),
    "passage_empty": ("markera några ord först", "select some words first"),
    "recording": ("inspelningen", "the recording"),
    # closed questions: summaries and background variables
    "unknown_variable": (
        "ingen bakgrundsvariabel heter {name}",
        "there is no background variable called {name}",
    ),
    "answer_value": (
        "svaret passar inte frågans slag",
        "the answer does not fit the kind of question",
    ),
    "unknown_question": ("ingen sluten fråga har id {name}", "no closed question has id {name}"),
    "background_variable": ("bakgrundsvariabeln {name}", "the background variable {name}"),
    "min_group": (
        "minsta grupp ska vara ett heltal från {low} till {high}",
        "the minimum group must be a whole number from {low} to {high}",
    ),
    "background_label": (
        "variabeln behöver ett namn på en rad, högst {limit} tecken",
        "the variable needs a name on one line, at most {limit} characters",
    ),
    "background_category_long": (
        "en kategori får vara högst {limit} tecken, på en rad",
        "a category may have at most {limit} characters, on one line",
    ),
    "background_category_exact": (
        "\u201d{category}\u201d ser ut som ett exakt värde; använd grova kategorier som 18\u201329",
        "\u201c{category}\u201d looks like an exact value; use coarse categories like 18\u201329",
    ),
    "background_category_twice": (
        "kategorin \u201d{category}\u201d finns två gånger",
        "the category \u201c{category}\u201d is there twice",
    ),
    "background_category_count": (
        "en variabel ska ha {low}\u2013{high} kategorier",
        "a variable needs {low}\u2013{high} categories",
    ),
    "background_category_unknown": (
        "\u201d{category}\u201d är inte en av variabelns kategorier",
        "\u201c{category}\u201d is not one of the variable's categories",
    ),
    "background_category_in_use": (
        "kategorin \u201d{category}\u201d används av intervjuer; byt namn på den i stället",
        "the category \u201c{category}\u201d is used by interviews; rename it instead",
    ),
    # live co-listening: why a code or a quote was refused (the protocol's reason, prefixed)
    "colisten_code": ("fel kod", "wrong code"),
    "colisten_expired": ("koden har gått ut", "the code has expired"),
    "colisten_no_code": (
        "ingen kod gäller just nu, eller så är den redan använd",
        "no code is offered right now, or it was already used",
    ),
    "colisten_unknown_peer": ("sessionen är avslutad", "the session has ended"),
    "colisten_consent": ("inget samtycke till citat", "no consent to quotes"),
    "colisten_quote_empty": ("citatet är tomt", "the quote is empty"),
    "colisten_unreadable": ("kunde inte läsas", "could not be read"),
    "colisten_ended": ("sessionen avslutades", "the session ended"),
    # team packages (one full sentence each: the "package" message is the detail itself)
    "not_a_package": (
        "Filen är inte ett Samtal-paket (eller finns inte). Inget har importerats.",
        "The file is not a Samtal package (or does not exist). Nothing was imported.",
    ),
    "package_newer": (
        "Paketet är gjort av en nyare version av Samtal (format {version}). Uppdatera programmet.",
        "The package was made by a newer version of Samtal (format {version}). Update Samtal.",
    ),
    "package_damaged": (
        "Paketet är skadat eller har ändrats på vägen. Inget har importerats; be om ett nytt.",
        (
            "The package is damaged or was changed on the way. "
            "Nothing was imported; ask for a new one."
        ),
    ),
    "package_wrong_key": (
        "Paketet är krypterat till ett annat projekts mottagarnyckel. Inget har importerats.",
        "The package is encrypted to another project's recipient key. Nothing was imported.",
    ),
    "package_wrong_passphrase": (
        "Fel lösenord för paketet. Inget har importerats.",
        "Wrong password for the package. Nothing was imported.",
    ),
    "package_no_secret": (
        "Paketet behöver en mottagarnyckel eller ett lösenord.",
        "The package needs a recipient key or a password.",
    ),
    "package_kind": (
        "Den här sortens paket kan inte tas emot här.",
        "This kind of package cannot be received here.",
    ),
    "package_own": (
        "Paketet är gjort av just det här projektet: det finns inget att ta emot.",
        "The package was made by this very project: there is nothing to receive.",
    ),
    "recipient_key": (
        "Mottagarnyckeln är ogiltig (den börjar med age1 och har 62 tecken).",
        "The recipient key is not valid (it starts with age1 and has 62 characters).",
    ),
    "package_password_too_short": (
        "paketlösenordet måste ha minst {minimum} tecken",
        "the package password must have at least {minimum} characters",
    ),
    "recipient_label": (
        "mottagaren behöver ett namn (högst {maximum} tecken)",
        "the recipient needs a name (at most {maximum} characters)",
    ),
    "recipient_own": ("det är det här projektets egen nyckel", "that is this project's own key"),
    "no_guide": ("intervjun har ingen frågeguide", "the interview has no question guide"),
    "colistener_one_interview": (
        "ett medlyssnarpaket gäller en intervju: ange en deltagarkod",
        "a co-listener package is for one interview: give one participant code",
    ),
    "theme_map": (
        "skriv --map-theme DERAS=VÅRT, där VÅRT är ett tema som finns i projektet",
        "write --map-theme THEIRS=OURS, where OURS is a theme in the project",
    ),
    "category_map": (
        "skriv --map-category VARIABEL:DERAS=VÅR, där VÅR är en kategori i projektets variabel",
        "write --map-category VARIABLE:THEIRS=OURS, where OURS is a category of the project's"
        " variable",
    ),
    "category_map_target": (
        "\u201d{category}\u201d är inte en kategori i bakgrundsvariabeln {variable}",
        "\u201c{category}\u201d is not a category of the background variable {variable}",
    ),
    "package_background_full": (
        "Bakgrundsvariabeln {variable} har redan {limit} kategorier, så \u201d{category}\u201d"
        " ryms inte: slå ihop den med en befintlig kategori. Inget har importerats.",
        "The background variable {variable} already has {limit} categories, so"
        " \u201c{category}\u201d does not fit: merge it with an existing category."
        " Nothing was imported.",
    ),
    "question": ("okänd fråga", "unknown question"),
    "colisten_session": ("medlyssnarsessionen", "the co-listener session"),
}


#: Disk-full details that mean the project's own database (text typed on screen); any other
#: detail names a file being written (an export, a backup, a guide) that was not written.
_SCREEN_WRITES = frozenset({"", "database", "samtal.db"})
_DISK_FULL_FILE = (
    "Disken är full: {detail} skrevs inte. Inget har ändrats; frigör utrymme och försök igen.",
    "The disk is full: {detail} was not written. Nothing was changed; free some space and "
    "try again.",
)


#: What only the command line adds: the command to run (the window never gives CLI advice).
_CLI_HINTS: dict[str, tuple[str, str]] = {
    "unresolved_findings": ("Kör samtal review.", "Run samtal review."),
}


def cli_error_message(exc: BaseException, language: str = "sv") -> str:
    """:func:`error_message`, plus the command that helps, for the command line."""
    message = error_message(exc, language)
    hint = _CLI_HINTS.get(exc.code) if isinstance(exc, SamtalError) else None
    return f"{message} {hint[1 if language == 'en' else 0]}" if hint else message


def error_message(exc: BaseException, language: str = "sv") -> str:
    """A one-line, user-facing sentence for ``exc`` (content-free)."""
    idx = 1 if language == "en" else 0
    if isinstance(exc, GuideFormatError):
        template = _MESSAGES["guide_format"][idx]
        return template.format(detail=str(exc))
    if isinstance(exc, SamtalError):
        template = _MESSAGES.get(exc.code, _MESSAGES["error"])[idx]
        if exc.code == "disk_full" and exc.detail not in _SCREEN_WRITES:
            template = _DISK_FULL_FILE[idx]
        detail = exc.detail
        if detail in _DETAILS:
            try:
                detail = _DETAILS[detail][idx].format(**exc.params)
            except (KeyError, IndexError):
                detail = _DETAILS[detail][idx]
        message = template.format(detail=detail)
        return message.replace(" ()", "").replace(": .", ".")
    if isinstance(exc, MemoryError):
        return ["Minnet räckte inte till.", "Out of memory."][idx]
    # Never echo an unknown exception's text: it may hold content.
    name = exc.__class__.__name__
    return [
        f"Oväntat fel ({name}). Inget innehåll har förlorats.",
        f"Unexpected error ({name}). No content was lost.",
    ][idx]


def detail_text(key: str, language: str = "sv", **params: object) -> str:
    idx = 1 if language == "en" else 0
    return _DETAILS[key][idx].format(**params) if key in _DETAILS else key
