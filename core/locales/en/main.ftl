# digifit – English interface

## Layout
layout-skip-to-content = Skip to content
layout-nav-main = Main navigation
layout-signed-in-as = Signed in as { $name }
layout-logout = Log out
layout-footer = digifit – grow digital competences by playing. Run by your administration; your data stays in-house.
nav-home = Home
nav-account = My account
nav-admin-users = Users
nav-admin-orgunits = Org units

## Notices after an action
notice-saved = Your changes have been saved.
notice-created = The entry has been created.
notice-password-changed = The password has been changed. Other sessions have been logged out.
notice-logged-out = You have logged out.
notice-session-expired = Your session has expired. Please log in again.
notice-deleted = The entry has been deleted.
notice-language-changed = The language has been changed.

## Roles
role-player = Player
role-lead = Lead
role-facilitator = Facilitator
role-admin = Administrator
role-auditor = Auditor (data protection, works council)

## Fields and actions
field-username = Login name
field-display-name = Display name
field-roles = Roles
field-org-units = Org units
field-status = Status
field-name = Name
field-parent = Parent unit
status-active = active
status-disabled = disabled
action-save = Save

## Login
login-title = Log in
login-intro = Log in with your login name and password.
login-username = Login name
login-password = Password
login-submit = Log in
login-failed = The login name or password is wrong.
login-throttled = Too many failed login attempts. Please try again in { $minutes } minutes.

## Home
home-title = Home
home-welcome = Welcome, { $name }!
home-your-units = Your org units:
home-next-episode = Your next episode
home-next-episode-empty = Once games are enabled, digifit suggests your next episode here.
home-progress = Your progress
home-progress-empty = You have not played an episode yet. Your competence profile grows with every episode.
home-new-games = New games
home-new-games-empty = No new games are enabled at the moment.
home-admin = Administration
home-lead = Training needs
home-lead-text = Soon you will see the aggregated training needs of your teams here – never the results of individuals.
home-facilitator = Workshops
home-facilitator-text = Soon you will be able to open anonymous workshop sessions for customers here.
home-auditor = Audit
home-auditor-text = Soon you will find the audit log and the privacy settings here.

## Account
account-title = My account
account-no-units = not assigned to a unit
account-password-heading = Change password
account-current-password = Current password
account-new-password = New password
account-repeat-password = Repeat new password
account-password-hint = At least { $min } characters. A passphrase of several words is easy to remember and safe.
account-password-submit = Change password
account-password-wrong = The current password is not correct.
account-password-too-short = The password must have at least { $min } characters.
account-password-mismatch = The two new passwords do not match.
account-language-heading = Language
account-language-legend = Language of the interface
account-language-browser = as set in the browser
account-language-submit = Save language

## Administration: users
admin-users-title = Users
admin-users-caption = { $count } user accounts
admin-users-import-link = Import users from a CSV file
admin-users-create = Create a user
admin-users-create-submit = Create user
admin-users-initial-password = Initial password (optional)
admin-users-password-hint = Leave empty if the person should not log in yet. Otherwise at least { $min } characters.
admin-users-back = Back to the user list
admin-user-edit-title = Edit user { $name }
admin-user-disabled = Account disabled (the person is logged out at once)
admin-user-password-heading = Set a new password
admin-user-password-submit = Set password

## Administration: import
import-title = Import users
import-intro = Upload a CSV file (UTF-8, comma or semicolon) with a header row. Required columns: username, display_name. Optional: roles (e.g. "player lead"), org_units (paths separated by ;), password. Valid rows are created; rows with errors are listed with the reason.
import-file = CSV file
import-submit = Import
import-no-file = Please choose a CSV file.
import-refused = The file was not imported: { $reason }
import-report = Import result
import-summary-created = { $count } created.
import-summary-failed = { $count } with errors.
import-line = Line
import-result = Result
import-row-created = created
import-row-failed = not created:

## Administration: org units
admin-orgunits-title = Org units
admin-orgunits-none = There are no org units yet.
admin-orgunits-create = Create an org unit
admin-orgunits-create-submit = Create unit
admin-orgunits-top-level = – top level –
admin-orgunits-back = Back to the org units
admin-orgunit-edit-title = Edit unit { $name }
admin-orgunit-delete-heading = Delete unit
admin-orgunit-delete-hint = Only units without sub-units and without members can be deleted.
admin-orgunit-delete-submit = Delete unit

## Input errors
error-username-invalid = The login name may have 1 to 64 letters, digits and . _ - @.
error-username-taken = This login name is already taken.
error-display-name = The display name must have 1 to 100 characters.
error-self-lockout = You cannot disable yourself or remove your own administrator role.
error-orgunit-name = The name must have 1 to 100 characters, contain no "/" and differ from its sibling units.
error-orgunit-cycle = A unit cannot be moved below itself.
error-orgunit-in-use = The unit still has members or sub-units. Move them first.
error-orgunit-unknown = This org unit does not exist.

## Error pages
error-back-home = Go to the home page
error-operation-id = Operation id for IT support: { $id }
error-400-title = Bad request
error-400-text = The request could not be processed. Please reload the page and try again.
error-403-title = Access denied
error-403-text = You are not allowed to see this page, or the form was out of date. Reload the page and try again.
error-404-title = Page not found
error-404-text = This page does not exist (any more). Check the address or go to the home page.
error-405-title = Action not possible
error-405-text = This page does not support this kind of request.
error-408-title = Request timed out
error-408-text = The request took too long. Please try again.
error-413-title = Too much data
error-413-text = The data sent is too large. Please send a smaller file or less text.
error-415-title = Wrong data format
error-415-text = The request has a format this page does not accept.
error-422-title = Incomplete input
error-422-text = The form was incomplete or had errors. Please check your input.
error-429-title = Too many requests
error-429-text = Please wait a moment and try again.
error-500-title = Something went wrong
error-500-text = This is an error in digifit, not yours. Your data is not lost. Please try again later.
error-503-title = digifit is starting
error-503-text = Please try again in a few seconds.
import-problem-unreadable = The row cannot be read ({ $detail }).
import-problem-duplicate = The login name already appears in an earlier row of the file.
import-problem-role = Unknown role "{ $role }". Possible roles are player, lead, facilitator, admin, auditor.
import-problem-unit = Unknown org unit "{ $unit }".

## Games
nav-games = Games
games-title = Games
games-open-sessions = Episodes in progress
games-resume = Continue { $title }
games-none = No games are enabled for you at the moment.
games-pilot = Pilot
games-minutes = about { $minutes } minutes
games-competences = Competences { $list }
games-level = Difficulty
games-level-1 = easy
games-level-2 = medium
games-level-3 = hard
games-start = Start episode
games-finished-sessions = Recently played
game-progress = Step { $step }
game-outcome = Your result
game-score = You scored { $percent }%.
game-went-well = What went well
game-to-learn = What to learn next
game-back-to-games = Back to the games
game-leave = Take a break – you can continue here later.
game-channel-chat = chat
game-channel-phone = phone call
game-channel-video = video call
game-channel-in-person = in person
game-verdict-correct = Correct:
game-verdict-partly = Partly correct:
game-verdict-wrong = Not quite:
game-verdict-info = Note:
widget-ordering-hint = Choose each entry's position in the order.
widget-position = Position { $n }
widget-choose = – please choose –
widget-mail-unread = unread
widget-mail-attachments = Attachments:
widget-mail-action = What do you do with "{ $subject }"?
widget-file-name = Name
widget-file-kind = Kind
widget-file-modified = Modified
widget-file-action = Action
widget-replies = Possible replies
file-folder = Folder
file-document = Document
file-spreadsheet = Spreadsheet
file-image = Image
file-mail = E-mail
file-other = File
error-502-title = The game made a mistake
error-502-text = This episode could not go on. That is the game's fault, not yours. Your results so far are saved; the administrators have been told.
nav-admin-plugins = Manage games
admin-plugins-title = Manage games
admin-plugins-none = No games are installed.
admin-plugins-publisher = Publisher
admin-plugins-bundled = bundled
admin-plugins-episodes = Episodes
admin-plugins-component = Component (SHA-256)
admin-plugins-availability = Who may play?
admin-plugins-all = everyone
admin-plugins-groups = only the units chosen below (pilot), including their sub-units
admin-plugins-off = nobody (disabled)
admin-plugins-pilot-units = Units for the pilot
admin-plugins-verify-heading = Verify results
admin-plugins-verify-text = digifit replays every recorded episode from its seed and actions with exactly the game version used then, and compares every result bit for bit.
admin-plugins-verify-submit = Replay and verify all episodes
admin-plugins-verified = { $count } episodes replayed.
admin-plugins-verify-ok = All results match.
admin-plugins-verify-mismatch = Episode { $session }:
admin-plugins-upload-heading = Install a game
admin-plugins-upload-hint = Upload a signed game package (.digifit). It is installed only if a publisher listed in the configuration signed it and it is unchanged. New games start disabled.
admin-plugins-upload-file = Game package
admin-plugins-upload-submit = Install
admin-plugins-remove = Remove game (results are kept)
