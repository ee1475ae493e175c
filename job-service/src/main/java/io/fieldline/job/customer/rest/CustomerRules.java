package io.fieldline.job.customer.rest;

/** Rules of customer attributes only customers have (seed: Customers, "Attributes"). */
final class CustomerRules {

    static final int MAX_PHONE_NUMBERS = 20;
    static final String TOO_MANY_PHONE_NUMBERS = "must hold at most " + MAX_PHONE_NUMBERS + " phone numbers";

    private CustomerRules() {
    }
}
