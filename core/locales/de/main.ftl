# digifit – deutsche Oberfläche (führende Sprache)

## Layout
layout-skip-to-content = Zum Inhalt springen
layout-nav-main = Hauptnavigation
layout-signed-in-as = Angemeldet als { $name }
layout-logout = Abmelden
layout-footer = digifit – digitale Kompetenzen spielerisch stärken. Betrieben von Ihrer Verwaltung, Ihre Daten bleiben im Haus.
nav-home = Start
nav-account = Mein Konto
nav-admin-users = Benutzer
nav-admin-orgunits = Organisationseinheiten

## Hinweise nach einer Aktion
notice-saved = Die Änderungen wurden gespeichert.
notice-created = Der Eintrag wurde angelegt.
notice-password-changed = Das Passwort wurde geändert. Andere Sitzungen wurden abgemeldet.
notice-logged-out = Sie haben sich abgemeldet.
notice-session-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
notice-deleted = Der Eintrag wurde gelöscht.
notice-language-changed = Die Sprache wurde umgestellt.

## Rollen
role-player = Spielende Person
role-lead = Führungskraft
role-facilitator = Moderation
role-admin = Administration
role-auditor = Prüfung (Datenschutz, Personalrat)

## Felder und Aktionen
field-username = Anmeldename
field-display-name = Anzeigename
field-roles = Rollen
field-org-units = Organisationseinheiten
field-status = Status
field-name = Name
field-parent = Übergeordnete Einheit
status-active = aktiv
status-disabled = gesperrt
action-save = Speichern

## Anmeldung
login-title = Anmelden
login-intro = Melden Sie sich mit Ihrem Anmeldenamen und Passwort an.
login-username = Anmeldename
login-password = Passwort
login-submit = Anmelden
login-failed = Anmeldename oder Passwort ist falsch.
login-throttled = Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.

## Startseite
home-title = Start
home-welcome = Willkommen, { $name }!
home-your-units = Ihre Organisationseinheiten:
home-next-episode = Ihre nächste Episode
home-next-episode-empty = Sobald Spiele freigeschaltet sind, schlägt digifit Ihnen hier die passende nächste Episode vor.
home-progress = Ihr Fortschritt
home-progress-empty = Sie haben noch keine Episode gespielt. Ihr Kompetenzprofil entsteht mit jeder Episode.
home-new-games = Neue Spiele
home-new-games-empty = Derzeit sind keine neuen Spiele freigeschaltet.
home-admin = Verwaltung
home-lead = Schulungsbedarf
home-lead-text = Hier sehen Sie bald den zusammengefassten Schulungsbedarf Ihrer Teams – nie Ergebnisse einzelner Personen.
home-facilitator = Workshops
home-facilitator-text = Hier können Sie bald anonyme Workshop-Sitzungen für Kundinnen und Kunden eröffnen.
home-auditor = Prüfung
home-auditor-text = Hier finden Sie bald das Prüfprotokoll und die Datenschutzeinstellungen.

## Konto
account-title = Mein Konto
account-no-units = keiner Einheit zugeordnet
account-password-heading = Passwort ändern
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-repeat-password = Neues Passwort wiederholen
account-password-hint = Mindestens { $min } Zeichen. Eine Passphrase aus mehreren Wörtern ist gut zu merken und sicher.
account-password-submit = Passwort ändern
account-password-wrong = Das aktuelle Passwort ist nicht richtig.
account-password-too-short = Das Passwort muss mindestens { $min } Zeichen haben.
account-password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
account-language-heading = Sprache
account-language-legend = Sprache der Oberfläche
account-language-browser = wie im Browser eingestellt
account-language-submit = Sprache speichern

## Verwaltung: Benutzer
admin-users-title = Benutzer
admin-users-caption = { $count } Benutzerkonten
admin-users-import-link = Benutzer aus CSV-Datei importieren
admin-users-create = Benutzer anlegen
admin-users-create-submit = Benutzer anlegen
admin-users-initial-password = Erstes Passwort (optional)
admin-users-password-hint = Leer lassen, wenn die Person sich noch nicht anmelden soll. Sonst mindestens { $min } Zeichen.
admin-users-back = Zurück zur Benutzerliste
admin-user-edit-title = Benutzer { $name } bearbeiten
admin-user-disabled = Konto gesperrt (die Person wird sofort abgemeldet)
admin-user-password-heading = Neues Passwort setzen
admin-user-password-submit = Passwort setzen

## Verwaltung: Import
import-title = Benutzer importieren
import-intro = Laden Sie eine CSV-Datei (UTF-8, Komma oder Semikolon) mit Kopfzeile hoch. Pflichtspalten: username, display_name. Optional: roles (z. B. „player lead“), org_units (Pfade, mit ; getrennt), password. Gültige Zeilen werden angelegt, fehlerhafte Zeilen werden mit Grund aufgelistet.
import-file = CSV-Datei
import-submit = Importieren
import-no-file = Bitte wählen Sie eine CSV-Datei aus.
import-refused = Die Datei wurde nicht importiert: { $reason }
import-report = Ergebnis des Imports
import-summary-created = { $count } angelegt.
import-summary-failed = { $count } fehlerhaft.
import-line = Zeile
import-result = Ergebnis
import-row-created = angelegt
import-row-failed = nicht angelegt:

## Verwaltung: Organisationseinheiten
admin-orgunits-title = Organisationseinheiten
admin-orgunits-none = Es gibt noch keine Organisationseinheiten.
admin-orgunits-create = Organisationseinheit anlegen
admin-orgunits-create-submit = Einheit anlegen
admin-orgunits-top-level = – oberste Ebene –
admin-orgunits-back = Zurück zu den Organisationseinheiten
admin-orgunit-edit-title = Einheit { $name } bearbeiten
admin-orgunit-delete-heading = Einheit löschen
admin-orgunit-delete-hint = Nur Einheiten ohne Untereinheiten und ohne Mitglieder können gelöscht werden.
admin-orgunit-delete-submit = Einheit löschen

## Eingabefehler
error-username-invalid = Der Anmeldename darf 1 bis 64 Zeichen aus Buchstaben, Ziffern und . _ - @ haben.
error-username-taken = Dieser Anmeldename ist bereits vergeben.
error-display-name = Der Anzeigename muss 1 bis 100 Zeichen haben.
error-self-lockout = Sie können sich nicht selbst sperren oder sich die Administrationsrolle nehmen.
error-orgunit-name = Der Name muss 1 bis 100 Zeichen haben, darf kein „/“ enthalten und muss sich von den Namen der Nachbareinheiten unterscheiden.
error-orgunit-cycle = Eine Einheit kann nicht unter sich selbst verschoben werden.
error-orgunit-in-use = Die Einheit hat noch Mitglieder oder Untereinheiten. Verschieben Sie diese zuerst.
error-orgunit-unknown = Diese Organisationseinheit gibt es nicht.

## Fehlerseiten
error-back-home = Zur Startseite
error-operation-id = Vorgangsnummer für den IT-Support: { $id }
error-400-title = Ungültige Anfrage
error-400-text = Die Anfrage konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
error-403-title = Kein Zugriff
error-403-text = Sie haben keine Berechtigung für diese Seite, oder das Formular war veraltet. Laden Sie die Seite neu und versuchen Sie es erneut.
error-404-title = Seite nicht gefunden
error-404-text = Diese Seite gibt es nicht (mehr). Prüfen Sie die Adresse oder gehen Sie zur Startseite.
error-405-title = Aktion nicht möglich
error-405-text = Diese Seite unterstützt diese Art von Anfrage nicht.
error-408-title = Zeitüberschreitung
error-408-text = Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.
error-413-title = Zu große Datenmenge
error-413-text = Die gesendeten Daten sind zu groß. Bitte senden Sie eine kleinere Datei oder weniger Text.
error-415-title = Falsches Datenformat
error-415-text = Die Anfrage hat ein Format, das diese Seite nicht annimmt.
error-422-title = Eingabe unvollständig
error-422-text = Das Formular war unvollständig oder fehlerhaft. Bitte prüfen Sie Ihre Eingaben.
error-429-title = Zu viele Anfragen
error-429-text = Bitte warten Sie einen Moment und versuchen Sie es dann erneut.
error-500-title = Etwas ist schiefgelaufen
error-500-text = Das ist ein Fehler von digifit, nicht von Ihnen. Ihre Daten sind nicht verloren. Bitte versuchen Sie es später erneut.
error-503-title = digifit startet gerade
error-503-text = Bitte versuchen Sie es in wenigen Sekunden erneut.
import-problem-unreadable = Die Zeile ist nicht lesbar ({ $detail }).
import-problem-duplicate = Der Anmeldename steht bereits in einer früheren Zeile der Datei.
import-problem-role = Unbekannte Rolle „{ $role }“. Möglich sind player, lead, facilitator, admin, auditor.
import-problem-unit = Unbekannte Organisationseinheit „{ $unit }“.

## Spiele
nav-games = Spiele
games-title = Spiele
games-open-sessions = Angefangene Episoden
games-resume = { $title } fortsetzen
games-none = Für Sie sind derzeit keine Spiele freigeschaltet.
games-pilot = Pilot
games-minutes = etwa { $minutes } Minuten
games-competences = Kompetenzen { $list }
games-level = Schwierigkeit
games-level-1 = leicht
games-level-2 = mittel
games-level-3 = schwer
games-start = Episode starten
games-finished-sessions = Zuletzt gespielt
game-progress = Schritt { $step }
game-outcome = Ihr Ergebnis
game-score = Sie haben { $percent } % erreicht.
game-went-well = Das lief gut
game-to-learn = Das können Sie noch lernen
game-back-to-games = Zurück zu den Spielen
game-leave = Pause machen – Sie können später hier weiterspielen.
game-channel-chat = Chat
game-channel-phone = Telefonat
game-channel-video = Videokonferenz
game-channel-in-person = persönliches Gespräch
game-verdict-correct = Richtig:
game-verdict-partly = Teilweise richtig:
game-verdict-wrong = Nicht ganz:
game-verdict-info = Hinweis:
widget-ordering-hint = Wählen Sie für jeden Eintrag seine Position in der Reihenfolge.
widget-position = Position { $n }
widget-choose = – bitte wählen –
widget-mail-unread = ungelesen
widget-mail-attachments = Anhänge:
widget-mail-action = Was tun Sie mit „{ $subject }“?
widget-file-name = Name
widget-file-kind = Art
widget-file-modified = Geändert
widget-file-action = Aktion
widget-replies = Antwortmöglichkeiten
file-folder = Ordner
file-document = Dokument
file-spreadsheet = Tabelle
file-image = Bild
file-mail = E-Mail
file-other = Datei
error-502-title = Das Spiel hat einen Fehler gemacht
error-502-text = Diese Episode konnte nicht weiterlaufen. Das liegt am Spiel, nicht an Ihnen. Ihre bisherigen Ergebnisse sind gespeichert; die Administration ist informiert.
nav-admin-plugins = Spiele verwalten
admin-plugins-title = Spiele verwalten
admin-plugins-none = Es sind keine Spiele installiert.
admin-plugins-publisher = Herausgeber
admin-plugins-bundled = mitgeliefert
admin-plugins-episodes = Episoden
admin-plugins-component = Komponente (SHA-256)
admin-plugins-availability = Wer darf spielen?
admin-plugins-all = alle
admin-plugins-groups = nur die unten gewählten Einheiten (Pilot), einschließlich ihrer Untereinheiten
admin-plugins-off = niemand (abgeschaltet)
admin-plugins-pilot-units = Einheiten für den Pilot
admin-plugins-verify-heading = Ergebnisse überprüfen
admin-plugins-verify-text = digifit spielt jede aufgezeichnete Episode aus Startwert und Aktionen mit genau der damals verwendeten Spielversion nach und vergleicht jedes Ergebnis Bit für Bit.
admin-plugins-verify-submit = Alle Episoden nachspielen und prüfen
admin-plugins-verified = { $count } Episoden nachgespielt.
admin-plugins-verify-ok = Alle Ergebnisse stimmen überein.
admin-plugins-verify-mismatch = Episode { $session }:
admin-plugins-upload-heading = Spiel installieren
admin-plugins-upload-hint = Laden Sie ein signiertes Spielpaket (.digifit) hoch. Es wird nur installiert, wenn es von einem in der Konfiguration hinterlegten Herausgeber signiert und unverändert ist. Neue Spiele sind zunächst abgeschaltet.
admin-plugins-upload-file = Spielpaket
admin-plugins-upload-submit = Installieren
admin-plugins-remove = Spiel entfernen (Ergebnisse bleiben erhalten)
