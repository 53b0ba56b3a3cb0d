### Service: a complaint about the quality of a product. Question ids and options are in
### services/product-quality-complaint.toml.
### Status: written by the portal team.

name = Complain about a faulty product
summary = If something you bought is unsafe, does not work or is not what the seller said.
keywords = faulty broken unsafe consumer complaint refund quality
info-what = Use this service to tell the market regulator about a product that is unsafe, faulty or not what the seller said. Try to sort it out with the seller first. If that does not work, we can help.
info-who = Anyone who bought a product in this city, or bought it online from a seller based here.
info-bring =
    What the product is, where and when you bought it, and what went wrong.
    If you have them: the receipt, photos of the problem, the product itself. Do not send them now; we will tell you how.
info-fees = It is free.
info-time =
    Filling in the form takes about 10 minutes.
    We look at every complaint within 7 working days.
info-online = Complain online at any time. You can stop and come back: your answers are kept on this device.
info-in-person = Go to the market regulation office of your district, Monday to Friday, 9:00 to 17:00. Bring the product and the receipt if you can.
info-phone = Call 12315, the consumer complaints line, or the government service hotline 12345.
info-contact = Consumer complaints line 12315, every day 8:30 to 17:30. Government service hotline 12345, every day 8:00 to 20:00.
declaration = By sending this complaint you confirm that what you told us is true, as far as you know.
# One paragraph per line.
next-steps =
    We will look at your complaint within 7 working days and contact you the way you chose.
    If the product is dangerous, stop using it now.

product-label = What product is your complaint about?
product-hint = Give the brand and the model if you know them, for example: Meidi electric kettle MK-15.
page-purchase-title = Where and when did you buy it?
where-bought-label = Shop or website
where-bought-hint = For example, the shop's name and street, or the website's name.
where-bought-error-required = Enter the shop or website where you bought the product
purchase-date-label = Date you bought it
purchase-date-hint = For example, 27 3 2026
purchase-date-error-required = Enter the date you bought the product
amount-paid-label = Amount paid in yuan
amount-paid-hint = For example, 129.50
what-happened-label = What went wrong?
what-happened-hint = Say what happened, when it started, and whether anyone was hurt.
evidence-label = What can you show us?
evidence-hint = Select all that apply.
evidence-option-receipt = A receipt or invoice
evidence-option-photos = Photos or videos of the problem
evidence-option-product = The product itself
evidence-option-none = None of these
evidence-description-label = Tell us about your evidence
evidence-description-hint = For example, how many photos you have. We will tell you how to send them.
contact-method-label = How should we contact you about your complaint?
contact-method-option-phone = By phone
contact-method-option-email = By email
phone-label = What is your mobile phone number?
phone-hint = For example, 138 0013 8000
email-label = What is your email address?
full-name-label = What is your full name?
