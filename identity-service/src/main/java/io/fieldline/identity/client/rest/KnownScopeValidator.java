package io.fieldline.identity.client.rest;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link KnownScope}; the refused word goes into the message as a parameter, never interpolated. */
public class KnownScopeValidator implements ConstraintValidator<KnownScope, String> {

    private Set<String> known;
    private String listed;

    @Override
    public void initialize(KnownScope constraint) {
        // not BootstrapConfig: Quarkus builds the validator factory at static init, before runtime config mappings exist
        known = Set.of(ConfigProvider.getConfig().getValue("fieldline.bootstrap.scopes", String.class).trim().split("\\s+"));
        listed = known.stream().sorted().map(scope -> "\"" + scope + "\"")
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean isValid(String scope, ConstraintValidatorContext context) {
        if (scope == null || known.contains(scope)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("word", scope)
                .addMessageParameter("allowed", listed);
        return false;
    }
}
