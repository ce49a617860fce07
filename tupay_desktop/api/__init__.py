"""The TuPay Cashout protocol: signing, models, validation, errors, client. No Qt, no storage."""
