### "Keep on this phone": a whole service on its information page, or everything on the
### display settings page, downloaded on request for use without a connection.
### Status: written by the portal team.

keep-service-heading = Use this service without a connection
keep-service-body = Going somewhere without a signal? Keep this service on this phone first. You can then fill it in offline, and it is sent when you are connected again.
keep-service-button = Keep this service on this phone
keep-everything-heading = Use the whole site without a connection
keep-everything-body = Keep every service and page of this site on this phone, in the language you are reading, to use them where there is no signal.
keep-everything-button = Keep everything on this phone
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-size = This will download about { $size } KB.
keep-save-data = Your phone is set to save data, so this site downloads nothing you have not asked for. This download happens only if you choose it.
# Variables:
#   $size (Number) - how much will be downloaded, in KB
keep-confirm = Download { $size } KB
keep-cancel = Cancel
# Variables:
#   $done (Number) - files downloaded so far
#   $total (Number) - files to download
keep-progress = Downloading: { $done } of { $total } files
keep-done = Kept on this phone. It works without a connection.
keep-remove = Remove it from this phone
keep-removed = Removed from this phone. It still works when you are connected.
keep-failed = The download did not finish, perhaps because the connection dropped. Nothing else has changed: try again when you have a signal.
keep-retry = Try again
keep-unavailable = This browser cannot keep the site for use without a connection.
