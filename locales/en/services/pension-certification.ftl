### Service: annual pension eligibility certification. Question ids and options are in
### services/pension-certification.toml.
### Status: written by the portal team.

name = Confirm you still get your pension
summary = Once a year, tell us you still live and qualify, so your pension keeps being paid.
keywords = pension retirement certification annual check elderly
info-what = Once a year, everyone who gets a pension confirms that they are alive and still qualify. This is called the pension eligibility certification. If you do not do it, your pension may stop.
info-who =
    Everyone who gets a basic pension from this city.
    A family member or carer can fill in the form for you.
info-bring = Your ID number, your date of birth and a mobile phone number. Nothing to upload.
info-fees = It is free.
info-time =
    Filling in the form takes about 5 minutes.
    Do it once every 12 months. We will send a text message when it is done.
info-online = Confirm online at any time. Elder mode makes the text larger and can read the page aloud.
info-in-person = Go to your neighbourhood or village committee, or any social security office, Monday to Friday, 9:00 to 17:00. Bring your ID card.
info-phone = Call the social security line 12333. If you cannot leave home, staff can visit you.
info-contact = Social security line 12333, Monday to Friday 9:00 to 17:00. Government service hotline 12345, every day 8:00 to 20:00.
declaration = By sending this you confirm that the person named is alive and that what you told us is true. Giving false information to receive a pension is against the law.
next-steps =
    We will check your details within 5 working days.
    We will send a text message to the mobile number you gave when the certification is done.
    Your pension will go on being paid. You do not need to do anything else this year.

who-label = Who is filling in this form?
who-option-self = I get the pension and I am filling it in myself
who-option-helper = I am helping someone who gets a pension
page-helper-title = About you, the helper
helper-name-label = Your full name
helper-relationship-label = How do you know the person who gets the pension?
helper-relationship-option-child = I am their son or daughter
helper-relationship-option-spouse = I am their husband or wife
helper-relationship-option-relative = I am another relative
helper-relationship-option-carer = I am their carer
helper-relationship-option-other = Other
full-name-label = What is the full name of the person who gets the pension?
full-name-hint = As it is written on their ID card.
date-of-birth-label = What is their date of birth?
date-of-birth-hint = For example, 27 3 1952
id-number-label = What is their ID number?
id-number-hint = The 18 characters on the ID card. The last one may be an X.
scheme-label = Which pension do they get?
scheme-option-employee = Employee pension (from a job)
scheme-option-resident = Resident pension (urban and rural residents)
scheme-option-public-sector = Public sector pension (government or public institution)
scheme-option-not-sure = I am not sure
living-label = Where do they live now?
living-option-home = In their own home
living-option-family = With family
living-option-care-home = In a care home
living-option-abroad = Outside mainland China
country-label = Which country or region do they live in?
mobile-label = What mobile phone number can we send a text message to?
mobile-hint = For example, 138 0013 8000. It can be yours or a family member's.
exit-too-young-title = You do not need this service
exit-too-young-body = Pensions start at the age of 50 at the earliest, so this person does not need to confirm. If they do get a pension, call the social security line 12333.
