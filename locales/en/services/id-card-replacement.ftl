### Service: replacing a resident ID card. Question ids and options are in
### services/id-card-replacement.toml.
### Status: written by the portal team.

name = Replace a resident ID card
summary = If your card is lost, damaged or out of date, or your details have changed.
keywords = identity card ID card lost stolen renew replacement
info-what = Use this service to apply for a new resident ID card when yours is lost, stolen, damaged or out of date, or when your details have changed.
info-who =
    Anyone aged 16 or over with household registration (hukou) in this city.
    Children under 16 must apply in person with a parent or guardian.
info-bring =
    Online: your ID number, your date of birth and a mobile phone number.
    When you collect the card: your old card if you still have it, and your household register (hukou booklet).
info-fees = 20 yuan, paid when you collect the card or when it is posted. A card that was stolen and reported to the police is free.
info-time =
    Filling in the form takes about 5 minutes.
    The new card is ready in about 20 working days.
info-online = Apply online at any time. You can stop and come back: your answers are kept on this device.
info-in-person = Go to the household registration desk of any police station in the city, Monday to Saturday, 9:00 to 17:00.
info-phone = Call 12345 and ask for help with an ID card. Staff will fill in the form with you.
info-contact = Government service hotline 12345, every day 8:00 to 20:00. Free from mobile phones.
declaration = By sending this application you confirm that the information you gave is true. Giving false information on purpose is against the law.
# One paragraph per line.
next-steps =
    We will check your application within 3 working days.
    We will send a text message to your mobile phone telling you when and where to have your photo taken and your fingerprints recorded.

reason-label = Why do you need a new ID card?
reason-option-lost = It was lost or stolen
reason-option-damaged = It is damaged
reason-option-expired = It is out of date or will be soon
reason-option-changed-details = My details have changed
new-details-label = What has changed?
new-details-hint = For example, your name or your registered address.
date-of-birth-label = What is your date of birth?
date-of-birth-hint = For example, 27 3 1957
full-name-label = What is your full name?
full-name-hint = As it is written on your ID card.
id-number-label = What is your ID number?
id-number-hint = The 18 characters on your card. The last one may be an X.
page-contact-title = How can we contact you?
mobile-label = Mobile phone number
mobile-hint = We will send you a text message about your application.
mobile-error-required = Enter your mobile phone number
email-label = Email address
email-hint = Only if you want a copy of your confirmation by email.
collection-label = How do you want to get your new card?
collection-option-collect = Collect it from the police station
collection-option-collect-hint = Bring your old card if you still have it.
collection-option-post = Send it to me by post
collection-option-post-hint = By registered mail, to an address in mainland China.
page-address-title = Where should we send your card?
address-label = Address
address-error-required = Enter the address to send your card to
postcode-label = Postcode
postcode-error-required = Enter the postcode of the address

exit-under-16-title = You need to apply in person
exit-under-16-body = Children under 16 cannot apply online. Go to your local police station with a parent or guardian. Bring the child's household register (hukou) and the parent's or guardian's ID card.
