package org.sipqm.core.internal.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sipqm.core.calendar.AcademicYear;
import org.sipqm.model.framework.SupportKind;
import org.sipqm.model.organisation.LocalAuthority;
import org.sipqm.model.organisation.Organisation;
import org.sipqm.model.organisation.OrganisationFactory;
import org.sipqm.model.organisation.Person;
import org.sipqm.model.organisation.Phase;
import org.sipqm.model.organisation.Region;
import org.sipqm.model.organisation.School;
import org.sipqm.model.organisation.SchoolImprovementPartner;
import org.sipqm.model.organisation.SupportAssignment;
import org.sipqm.model.organisation.Term;

/**
 * Builds the organisation: regions with a senior regional director and SIPCos, and local
 * authorities with a SIP manager, 4 to 8 SIPs, 10 to 20 schools and support levels per term and
 * phase. People and schools are fictional; school URNs are 9 followed by the LA code and a
 * two-digit number, a range real schools do not use.
 */
final class OrganisationGenerator {

	private static final OrganisationFactory FACTORY = OrganisationFactory.eINSTANCE;
	private static final String EMAIL_DOMAIN = "@sipqm.example";

	private final SampleRandom random;
	private final Names names;
	private final AcademicYear year;
	private final long seed;
	private final List<AuthorityPlan> plans = new ArrayList<>();

	OrganisationGenerator(long seed, PhraseBank phrases, AcademicYear year) {
		this.seed = seed;
		this.random = new SampleRandom(SampleRandom.derive(seed, "organisation"));
		this.names = new Names(phrases, random);
		this.year = year;
	}

	Organisation generate(List<RegionSpec> regions) {
		Organisation organisation = FACTORY.createOrganisation();
		organisation.setName("National Strategies: School Improvement Partners programme (sample)");
		for (RegionSpec spec : regions) {
			organisation.getRegions().add(region(spec));
		}
		return organisation;
	}

	/** Returns the plan of every generated local authority, in the order of the organisation. */
	List<AuthorityPlan> plans() {
		return plans;
	}

	private Region region(RegionSpec spec) {
		Region region = FACTORY.createRegion();
		region.setId("region-" + spec.id());
		region.setName(spec.name());

		Person director = person("p-" + spec.id() + "-srd", "Senior Regional Director");
		region.getPeople().add(director);
		region.setSeniorRegionalDirector(director);
		for (int i = 1; i <= spec.coordinators(); i++) {
			Person coordinator = person("p-" + spec.id() + "-sipco-" + i, "Regional SIP Co-ordinator");
			region.getPeople().add(coordinator);
			region.getCoordinators().add(coordinator);
		}

		List<RegionSpec.Authority> authorities = spec.authorities();
		for (int i = 0; i < authorities.size(); i++) {
			Person coordinator = region.getCoordinators().get(i % spec.coordinators());
			region.getLocalAuthorities().add(authority(region, authorities.get(i), coordinator));
		}
		return region;
	}

	private LocalAuthority authority(Region region, RegionSpec.Authority spec, Person coordinator) {
		LocalAuthority authority = FACTORY.createLocalAuthority();
		authority.setId("la-" + spec.code());
		authority.setCode(spec.code());
		authority.setName(spec.name());

		Person manager = person("p-la-" + spec.code() + "-manager", "LA SIP Manager");
		region.getPeople().add(manager);
		authority.setSipManager(manager);

		int partnerCount = random.between(4, 8);
		for (int i = 1; i <= partnerCount; i++) {
			authority.getPartners().add(partner(spec.code(), i));
		}
		addSchools(region, authority, spec.code());

		double quality = 1.9 + 1.4 * random.fraction();
		addSupportLevels(authority, quality);
		plans.add(new AuthorityPlan(authority, coordinator, quality, SampleRandom.derive(seed, authority.getId())));
		return authority;
	}

	private SchoolImprovementPartner partner(String code, int number) {
		SchoolImprovementPartner partner = FACTORY.createSchoolImprovementPartner();
		partner.setId(String.format(Locale.ROOT, "sip-%s-%02d", code, number));
		partner.setName(names.person());
		partner.setRole("School Improvement Partner");
		partner.setAccreditationNumber(String.format(Locale.ROOT, "SIP/%s/%02d", code, number));
		return partner;
	}

	private void addSchools(Region region, LocalAuthority authority, String code) {
		int count = random.between(10, 20);
		Set<String> used = new HashSet<>();
		List<SchoolImprovementPartner> partners = random.sample(authority.getPartners(), authority.getPartners().size());
		for (int i = 1; i <= count; i++) {
			String urn = String.format(Locale.ROOT, "9%s%02d", code, i);
			Phase phase = phase();

			Person headteacher = FACTORY.createPerson();
			headteacher.setId("p-head-" + urn);
			headteacher.setName(names.person());
			headteacher.setRole("Headteacher");
			region.getPeople().add(headteacher);

			School school = FACTORY.createSchool();
			school.setId("school-" + urn);
			school.setUrn(urn);
			school.setName(names.school(phase, used));
			school.setPhase(phase);
			school.setHeadteacher(headteacher);
			school.setPartner(partners.get((i - 1) % partners.size()));
			authority.getSchools().add(school);
		}
	}

	private Phase phase() {
		return random.choose(new double[] { 0.70, 0.90, 0.97 }, Phase.PRIMARY, Phase.SECONDARY, Phase.SPECIAL,
				Phase.PUPIL_REFERRAL_UNIT);
	}

	/**
	 * Gives primary and secondary support levels for each term, 0 intensive to 2 universal. Weaker
	 * authorities get more support. The secondary level may differ by one step, and some
	 * authorities move to a lighter level in the summer term.
	 */
	private void addSupportLevels(LocalAuthority authority, double quality) {
		int primary = 2;
		if (quality >= 2.8) {
			primary = 0;
		} else if (quality >= 2.3) {
			primary = 1;
		}
		int secondary = Math.clamp(primary + random.between(-1, 1), 0, 2);
		boolean lighterInSummer = random.chance(0.3);

		for (Term term : Term.VALUES) {
			int relief = term == Term.SUMMER && lighterInSummer ? 1 : 0;
			authority.getSupportLevels().add(support(term, Phase.PRIMARY, Math.min(2, primary + relief)));
			authority.getSupportLevels().add(support(term, Phase.SECONDARY, Math.min(2, secondary + relief)));
		}
	}

	private SupportAssignment support(Term term, Phase phase, int level) {
		SupportAssignment assignment = FACTORY.createSupportAssignment();
		assignment.setAcademicYear(year.label());
		assignment.setTerm(term);
		assignment.setPhase(phase);
		assignment.setLevel(SupportKind.get(level));
		return assignment;
	}

	private Person person(String id, String role) {
		Person person = FACTORY.createPerson();
		person.setId(id);
		String name = names.person();
		person.setName(name);
		person.setRole(role);
		person.setEmail(name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("'", "") + EMAIL_DOMAIN);
		return person;
	}
}
