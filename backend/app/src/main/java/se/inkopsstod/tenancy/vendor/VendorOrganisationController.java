package se.inkopsstod.tenancy.vendor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.Role;
import se.inkopsstod.platform.web.RequiresRole;
import se.inkopsstod.tenancy.api.OrganisationNumber;
import se.inkopsstod.tenancy.api.OrganisationNumbers;
import se.inkopsstod.tenancy.api.VendorOnboarding;
import se.inkopsstod.tenancy.api.VendorOrganisationView;

import java.net.URI;
import java.util.List;

/** The platform-wide directory of vendor organisations, kept by platform admins. */
@RestController
@RequestMapping("/api/vendor-organisations")
class VendorOrganisationController {

    private final VendorOrganisationService vendors;

    VendorOrganisationController(VendorOrganisationService vendors) {
        this.vendors = vendors;
    }

    @GetMapping
    Mono<List<VendorOrganisationView>> vendorOrganisations(CurrentUser user) {
        return vendors.vendorOrganisations(user);
    }

    @RequiresRole({Role.PLATFORM_ADMIN})
    @PostMapping
    Mono<ResponseEntity<VendorOrganisationView>> register(CurrentUser user,
                                                          @Valid @RequestBody RegisterVendorRequest request) {
        return vendors.register(user, new VendorOnboarding.NewVendor(request.name(), request.organisationNumber(),
                        request.contactName(), request.contactEmail()))
                .map(v -> ResponseEntity.created(URI.create("/api/vendor-organisations/" + v.id())).body(v));
    }

    record RegisterVendorRequest(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Pattern(regexp = OrganisationNumbers.PATTERN, message = "must look like 556000-1231")
                                 @OrganisationNumber String organisationNumber,
                                 @NotBlank @Size(max = 200) String contactName,
                                 @NotBlank @Email @Size(max = 254) String contactEmail) {
    }
}
