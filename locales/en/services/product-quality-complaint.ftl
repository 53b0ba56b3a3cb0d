### Service: a complaint about the quality of a product. Question ids and options are in
### services/product-quality-complaint.toml.
### Status: written by the portal team.

name = Complain about a faulty product
summary = If something you bought is unsafe, does not work or is not what the seller said.
# One paragraph per line.
start-body =
    Use this service to tell the market regulator about a product that is unsafe, faulty or not as described.
    Try to sort it out with the seller first. If that does not work, we can help.
    You will need to say what the product is, where and when you bought it, and what went wrong.
    It takes about 10 minutes. It is free.
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
