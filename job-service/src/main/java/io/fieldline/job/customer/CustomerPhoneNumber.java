package io.fieldline.job.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fieldline.platform.validation.PhoneNumber;
import io.fieldline.platform.validation.PhoneNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's phone number (seed: "Phone Number Object"): {@code number} in RFC 3966 global form, stored and shown in
 * E.164; {@code primary} to receive SMS notifications (false when absent); {@code type} such as "mobile" or "work".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerPhoneNumber(
        @NotBlank(message = "is required") @PhoneNumber String number,
        Boolean primary,
        @Size(max = CustomerPhoneNumber.MAX_TYPE, message = "must be at most " + CustomerPhoneNumber.MAX_TYPE + " characters")
        String type) {

    static final int MAX_TYPE = 50;

    /** The number in E.164, {@code primary} true or false, a blank type none; only for a validated number. */
    public CustomerPhoneNumber normalized() {
        return new CustomerPhoneNumber(PhoneNumbers.toE164(number), Boolean.TRUE.equals(primary),
                type == null || type.isBlank() ? null : type.strip());
    }
}
