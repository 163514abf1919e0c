package org.sipqm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sipqm.framework.FrameworkRegistry;
import org.sipqm.model.edit.SipqmItemProviderAdapterFactory;
import org.sipqm.model.edit.SipqmLabels;
import org.sipqm.model.framework.Criterion;
import org.sipqm.model.framework.Schedule;

class ItemProviderLabelsTest {

	private final SipqmItemProviderAdapterFactory factory = new SipqmItemProviderAdapterFactory();

	@AfterEach
	void dispose() {
		factory.dispose();
	}

	@Test
	void scheduleLabelledAndIconFound() {
		Schedule schedule = FrameworkRegistry.getDefault().schedule(1).orElseThrow();

		IItemLabelProvider labels = assertInstanceOf(IItemLabelProvider.class,
				factory.adapt((Object) schedule, IItemLabelProvider.class));

		assertEquals("Schedule 1: Local authority processes", labels.getText(schedule));
		assertInstanceOf(URL.class, labels.getImage(schedule));
	}

	@Test
	void criterionLabelGivesCodeAndStatement() {
		Schedule schedule = FrameworkRegistry.getDefault().schedule(1).orElseThrow();
		Criterion criterion = FrameworkRegistry.allCriteria(schedule).get(2);

		IItemLabelProvider labels = assertInstanceOf(IItemLabelProvider.class,
				factory.adapt(criterion, IItemLabelProvider.class));

		assertEquals("1.1.3 Schools and SIPs are appropriately matched", labels.getText(criterion));
	}

	@Test
	void localCriterionLabelNamesOrigin() {
		Criterion criterion = org.sipqm.model.framework.FrameworkFactory.eINSTANCE.createCriterion();
		criterion.setCode("1.2.EM1");
		criterion.setStatement("SIPs take part in moderation");
		criterion.setOrigin("org.example.region");

		assertEquals("1.2.EM1 SIPs take part in moderation [local: org.example.region]", SipqmLabels.text(criterion));
	}

	@Test
	void nationalCriterionLabelHasNoOrigin() {
		Schedule schedule = FrameworkRegistry.getDefault().schedule(1).orElseThrow();

		assertEquals("1.1.1 Conditions of grant (CoG) are fully met",
				SipqmLabels.text(FrameworkRegistry.allCriteria(schedule).get(0)));
	}

	@Test
	void supportLevelDaysAgreeInNumber() {
		var levels = FrameworkRegistry.getDefault().national().getSupportLevels();

		assertEquals("Intensive support (3 days per LA per term per phase)", SipqmLabels.text(levels.get(0)));
		assertEquals("Universal support (1 day per LA per term per phase)", SipqmLabels.text(levels.get(2)));
	}

	@Test
	void scheduleChildrenAreItsSections() {
		Schedule schedule = FrameworkRegistry.getDefault().schedule(1).orElseThrow();

		ITreeItemContentProvider tree = assertInstanceOf(ITreeItemContentProvider.class,
				factory.adapt((Object) schedule, ITreeItemContentProvider.class));

		List<?> children = List.copyOf(tree.getChildren(schedule));
		assertNotNull(children);
		assertTrue(children.containsAll(schedule.getSections()), children.toString());
	}
}
