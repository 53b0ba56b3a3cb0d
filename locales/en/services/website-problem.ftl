### Service: tell us about a problem with this website. Question ids and options are in
### services/website-problem.toml.
### Status: written by the portal team.

name = Tell us about a problem with this website
summary = Tell us about something on this website that did not work or was hard to use, so that we can fix it.
keywords = problem report accessibility error bug website help screen reader zoom keyboard feedback
info-what =
    If part of this website did not work for you, tell us here. We use what you tell us to fix the website for everyone.
    You do not have to give your name. We only ask for an email address if you want a reply.
info-who = Anyone who uses this website, or helps someone else to use it.
info-bring = Nothing. It helps if you can say which page you were on and what you were trying to do.
info-fees = It is free.
info-time = It takes about 5 minutes. If you ask for a reply, we answer within 10 working days.
info-online = Tell us online at any time.
info-in-person = Tell the staff at the government service centre. They will write it down for you.
info-phone = Call the government service hotline 12345 and say you want to report a problem with the website.
info-contact = The portal team, through the government service hotline 12345, every day 8:00 to 20:00.
declaration = We use what you send only to find and fix the problem. We do not share it with anyone.
next-steps = Thank you for telling us. If you asked for a reply, we will answer by email within 10 working days.

where-label = Which page or service were you using?
where-hint = For example: replacing an ID card, the page that asks for the date of birth. Leave this empty if you are not sure.
what-went-wrong-label = What went wrong?
what-went-wrong-hint = Say what you were trying to do and what happened. Do not write your ID number or other personal details.
assistive-technology-label = Were you using any of these?
assistive-technology-hint = This helps us find the problem. You do not have to answer. Select all that apply.
assistive-technology-option-screen-reader = A screen reader
assistive-technology-option-magnifier = Zoom or a screen magnifier
assistive-technology-option-keyboard = A keyboard without a mouse
assistive-technology-option-voice-control = Voice control
assistive-technology-option-elder-mode = Elder mode on this website
assistive-technology-option-none = None of these
reply-label = Do you want a reply?
reply-hint = If you do, we will ask for your email address.
email-label = Email address
email-hint = We will use it only to reply to you.
