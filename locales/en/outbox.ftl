### Applications waiting on this device to be sent, listed on the home page. Loaded only when
### one waits.
### Status: written by the portal team.

outbox-heading = Waiting to send
outbox-waiting-body = These applications are saved on this device. They will be sent as soon as you are connected.
outbox-send-now = Send now
outbox-sending = Sending…
outbox-delete = Delete
outbox-delete-confirm = This application has not been sent. If you delete it, the department will not receive it and your answers will be gone from this device.
outbox-delete-yes = Yes, delete it
outbox-delete-keep = No, keep it
outbox-deleted = The application was deleted from this device. It was not sent.
outbox-refused = Not accepted: some answers need to be corrected. Nothing was lost.
outbox-correct = Correct the answers
outbox-refused-busy = You have started this service again on this device. Send or delete those answers first, then correct this one.
# Variables:
#   $reference (String) - the reference of the application sent before with the same key
outbox-already-sent = Not sent: an application with other answers was already sent from this device, with reference { $reference }. You can delete these answers.
outbox-already-sent-no-reference = Not sent: an application with other answers was already sent from this device. You can delete these answers.
