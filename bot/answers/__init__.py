"""Answer models and the functions that compute them."""
