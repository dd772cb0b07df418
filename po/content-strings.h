/* po/content-strings.h — GENERATED from the JSON in data/content/ by build-aux/lg-content-extract.c.
 * Do not edit: change the JSON, then run  meson compile -C build update-content-strings
 *
 * xgettext cannot read JSON, so this file carries every translatable content string into the
 * template: one NC_() each, with the topic id (or "glossary", "labels") as the context and
 * the JSON path in the translator comment. It is never compiled: the translations reach the
 * app at build time, when build-aux/lg-content-translate.c writes translated copies of the
 * JSON from po/LANG.po into the resources.
 *
 * SPDX-License-Identifier: CC-BY-SA-4.0 */
#if 0

/* ablation.json */

/* Translators: ablation.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("ablation", "Ablation (microwave and radiofrequency)");
/* Translators: ablation.json $.subtitle — one line under the topic's title. */
NC_("ablation", "Using heat from a thin probe to destroy small liver tumors.");
/* Translators: ablation.json $.aliases[0]. */
NC_("ablation", "RFA");
/* Translators: ablation.json $.aliases[1]. */
NC_("ablation", "MWA");
/* Translators: ablation.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("ablation", "Ablation kills a tumor with heat from a thin probe. It works best for small tumors, 3 cm across or less. For small tumors from colorectal cancer, people lived as long as after surgery, and had fewer serious problems.");
/* Translators: ablation.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("ablation", "A drawing of a thin probe that goes through the skin into a liver tumor. A round area around the tip shows the heat, and a scanner shows the doctor the way. Beside it are four small pictures of what to do at home: a dashed circle around a small bandage on the skin, a thermometer, a bottle of pills, and a glass of water.");
/* Translators: ablation.json $.illustration.caption — the caption under the picture. */
NC_("ablation", "1 to 4: the procedure. 5 to 8: what to do at home.");
/* Translators: ablation.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("ablation", "Probe through the skin");
/* Translators: ablation.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("ablation", "Tumor");
/* Translators: ablation.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("ablation", "Area heated by the probe");
/* Translators: ablation.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("ablation", "Scanner guide (ultrasound or CT)");
/* Translators: ablation.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("ablation", "Keep the small wounds clean and dry.");
/* Translators: ablation.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("ablation", "Check your temperature if you feel hot or shivery.");
/* Translators: ablation.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("ablation", "Take your pain medicine as your team told you.");
/* Translators: ablation.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("ablation", "Rest, and drink plenty of fluids.");
/* Translators: ablation.json $.sections[0].heading — a section heading. */
NC_("ablation", "What it is");
/* Translators: ablation.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[ablation|Ablation]] destroys a tumor with heat, without taking it out. A doctor puts a thin, needle-like probe into the tumor. The tip gets very hot and kills the cancer cells.");
/* Translators: ablation.json $.sections[0].blocks[1].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[radiofrequency-ablation|Radiofrequency ablation]] passes a high-frequency electric current through the probe tip. The current makes the heat.");
/* Translators: ablation.json $.sections[0].blocks[1].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[microwave-ablation|Microwave ablation]] uses microwaves from the probe to make the heat. It gets hotter and can treat bigger tumors.");
/* Translators: ablation.json $.sections[0].blocks[2].text. */
NC_("ablation", "The heat reaches only a short distance, so the rest of your liver is not harmed. Most often the probe goes in through the skin. Ablation can also be done during surgery.");
/* Translators: ablation.json $.sections[1].heading — a section heading. */
NC_("ablation", "Who it may help");
/* Translators: ablation.json $.sections[1].blocks[0].text. */
NC_("ablation", "Ablation works best for small tumors, 3 cm (a little over an inch) across or smaller. It can treat more than one tumor, and it can be done again.");
/* Translators: ablation.json $.sections[1].blocks[1].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Instead of surgery, for small tumors from [[colorectal-cancer|colorectal cancer]] that surgery could also remove");
/* Translators: ablation.json $.sections[1].blocks[1].items[1]. */
NC_("ablation", "When surgery is not possible, for example because of where the tumor is, or because you are not well enough for an operation");
/* Translators: ablation.json $.sections[1].blocks[1].items[2]. */
NC_("ablation", "Along with surgery: the surgeon removes some tumors and destroys others with heat");
/* Translators: ablation.json $.sections[1].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Ablation is usually not used if a tumor is larger than about 3 to 5 cm, if it sits right next to a large blood vessel or a main [[bile-duct|bile duct]], if there are too many tumors, or if the cancer has spread widely outside the liver. Your team looks at your scans to decide.");
/* Translators: ablation.json $.sections[2].heading — a section heading. */
NC_("ablation", "How well it works");
/* Translators: ablation.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "A large trial called COLLISION compared ablation with surgery in 300 people with [[colorectal-cancer|colorectal cancer]] in the liver. Each person had 10 tumors or fewer, each 3 cm or smaller, and surgery could have removed them. It found:");
/* Translators: ablation.json $.sections[2].blocks[1].items[0]. */
NC_("ablation", "People lived as long after ablation as after surgery.");
/* Translators: ablation.json $.sections[2].blocks[1].items[1]. */
NC_("ablation", "Serious problems: about 7 in 100 people after ablation, and about 20 in 100 after surgery.");
/* Translators: ablation.json $.sections[2].blocks[1].items[2]. */
NC_("ablation", "Deaths from the treatment: none after ablation, and about 2 in 100 after surgery (3 people).");
/* Translators: ablation.json $.sections[2].blocks[1].items[3]. */
NC_("ablation", "The trial stopped early, because surgery caused many more problems.");
/* Translators: ablation.json $.sections[2].blocks[2].text. */
NC_("ablation", "This trial was only for small tumors from colorectal cancer. It does not show how ablation compares with surgery for bigger tumors or for other cancers.");
/* Translators: ablation.json $.sections[2].blocks[3].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "In another trial, people whose tumors could not be removed with surgery had ablation plus [[chemotherapy|chemotherapy]], or chemotherapy alone. After 8 years, about 36 in 100 were alive with ablation, and about 9 in 100 with chemotherapy alone.");
/* Translators: ablation.json $.sections[2].blocks[4].text. */
NC_("ablation", "The tumor can grow back at the treated spot. In studies of colorectal cancer in the liver, this happened in about 9 to 40 in 100. It varies a lot between studies. It is more likely when the tumor is bigger than about 3 cm or lies next to a large blood vessel. If it grows back, ablation can often be done again.");
/* Translators: ablation.json $.sections[3].heading — a section heading. */
NC_("ablation", "Before");
/* Translators: ablation.json $.sections[3].blocks[0].items[0]. */
NC_("ablation", "Your team looks at your scans to plan where the probe goes.");
/* Translators: ablation.json $.sections[3].blocks[0].items[1]. */
NC_("ablation", "You may have a check-up visit about a week before, with blood tests and a heart test.");
/* Translators: ablation.json $.sections[3].blocks[0].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Tell your team about all your medicines. If you take a [[blood-thinner|blood thinner]] or aspirin, ask what to do. Do not stop it unless your doctor tells you to.");
/* Translators: ablation.json $.sections[3].blocks[0].items[3]. */
NC_("ablation", "Follow the rules you are given about eating and drinking. Many centers ask you not to eat for 4 to 6 hours before, and to have only sips of water until 2 hours before.");
/* Translators: ablation.json $.sections[3].blocks[0].items[4]. */
NC_("ablation", "Plan for an adult to drive you home.");
/* Translators: ablation.json $.sections[4].heading — a section heading. */
NC_("ablation", "During");
/* Translators: ablation.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "An [[interventional-radiologist|interventional radiologist]] usually does the procedure. You get general [[anaesthesia|anesthesia]], so you are asleep, or [[sedation|sedation]] with numbing medicine. Your team will tell you which.");
/* Translators: ablation.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "The doctor uses a [[ct-scan|CT scan]] or an [[ultrasound|ultrasound]] to guide the probe, which is only 1 to 2 mm thick, through a tiny cut in the skin and into the tumor. The probe heats each tumor for about 10 to 15 minutes. The doctor may move the probe or use more than one to treat a larger area or more tumors.");
/* Translators: ablation.json $.sections[4].blocks[2].text. */
NC_("ablation", "Ablation can also be done during an operation: through a larger cut, or through a few small cuts with laparoscopic (keyhole) surgery.");
/* Translators: ablation.json $.sections[5].heading — a section heading. */
NC_("ablation", "After and recovery");
/* Translators: ablation.json $.sections[5].blocks[0].text. */
NC_("ablation", "Many people stay one night in the hospital. Ask your team how long you will stay. You will have some pain, and your team gives you pain medicine to take home.");
/* Translators: ablation.json $.sections[5].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "For a few days, you may feel as if you have the flu, with a low fever, chills and aches. This is called [[post-ablation-syndrome|post-ablation syndrome]]. It usually goes away on its own. Most people are back to nearly their usual activities within about 10 days.");
/* Translators: ablation.json $.sections[6].heading — a section heading. */
NC_("ablation", "Care at home");
/* Translators: ablation.json $.sections[6].blocks[0].items[0]. */
NC_("ablation", "Take your pain medicine as your team told you.");
/* Translators: ablation.json $.sections[6].blocks[0].items[1]. */
NC_("ablation", "Rest, and drink plenty of fluids.");
/* Translators: ablation.json $.sections[6].blocks[0].items[2]. */
NC_("ablation", "Keep the small wounds clean and dry. They usually heal quickly. Your team will tell you when you can shower.");
/* Translators: ablation.json $.sections[6].blocks[0].items[3]. */
NC_("ablation", "Check your temperature if you feel hot or shivery. See the signs below for when to call.");
/* Translators: ablation.json $.sections[6].blocks[0].items[4]. */
NC_("ablation", "Ask your team when you can drive, lift heavy things and go back to work.");
/* Translators: ablation.json $.sections[7].heading — a section heading. */
NC_("ablation", "Side effects");
/* Translators: ablation.json $.sections[7].blocks[0].items[0]. */
NC_("ablation", "Pain where the probe went in, or under the right ribs: about half of people, for a few days and up to about 2 weeks");
/* Translators: ablation.json $.sections[7].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Flu-like feelings ([[post-ablation-syndrome|post-ablation syndrome]]): about 1 in 3 people. They often start about 3 days after and last about 5 days.");
/* Translators: ablation.json $.sections[7].blocks[0].items[2]. */
NC_("ablation", "Serious problems, such as bleeding, infection, or harm to nearby organs from the heat: about 3 to 5 in 100 people, in a review of 34 studies");
/* Translators: ablation.json $.sections[7].blocks[0].items[3]. */
NC_("ablation", "Death from the procedure: about 1 to 2 in 1,000 people in the same review");
/* Translators: ablation.json $.sections[7].blocks[1].text. */
NC_("ablation", "Serious problems are much less common than after liver surgery. In the COLLISION trial, they happened to about 7 in 100 people after ablation and about 20 in 100 after surgery.");
/* Translators: ablation.json $.sections[8].heading — a section heading. */
NC_("ablation", "When to call your care team");
/* Translators: ablation.json $.sections[8].blocks[0].text. */
NC_("ablation", "Call your care team right away if you have any of these signs.");
/* Translators: ablation.json $.sections[8].blocks[1].items[0]. */
NC_("ablation", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: ablation.json $.sections[8].blocks[1].items[1]. */
NC_("ablation", "Flu-like feelings that get worse, or that last more than about a week");
/* Translators: ablation.json $.sections[8].blocks[1].items[2]. */
NC_("ablation", "Belly pain that gets worse, or that your pain medicine does not help");
/* Translators: ablation.json $.sections[8].blocks[1].items[3]. */
NC_("ablation", "Bleeding, redness, swelling or fluid where the probe went in");
/* Translators: ablation.json $.sections[8].blocks[1].items[4]. */
NC_("ablation", "Yellow skin or eyes");
/* Translators: ablation.json $.sections[8].blocks[1].items[5]. */
NC_("ablation", "Nausea or vomiting that does not stop");
/* Translators: ablation.json $.sections[8].blocks[2].text. */
NC_("ablation", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: ablation.json $.sections[9].heading — a section heading. */
NC_("ablation", "Follow-up");
/* Translators: ablation.json $.sections[9].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "You have a [[ct-scan|CT scan]] or an [[mri-scan|MRI scan]] a few weeks after ablation, often about 6 to 8 weeks. It shows whether the whole tumor was destroyed.");
/* Translators: ablation.json $.sections[9].blocks[1].text. */
NC_("ablation", "After that, you have more scans over the next months. They look for a tumor growing back at the treated spot and for new tumors. Ask your team when your scans will be.");
/* Translators: ablation.json $.key_points[0] — one of the key points. */
NC_("ablation", "Ablation kills a tumor with heat from a thin probe.");
/* Translators: ablation.json $.key_points[1] — one of the key points. */
NC_("ablation", "It works best for tumors 3 cm across or smaller.");
/* Translators: ablation.json $.key_points[2] — one of the key points. */
NC_("ablation", "For small colorectal tumors, people lived as long as after surgery.");
/* Translators: ablation.json $.key_points[3] — one of the key points. */
NC_("ablation", "Serious problems happen to about 3 to 5 in 100 people.");
/* Translators: ablation.json $.key_points[4] — one of the key points. */
NC_("ablation", "The tumor can grow back at the spot, so you will have scans.");
/* Translators: ablation.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Are my tumors small enough for ablation, and are any near a large blood vessel or bile duct?");
/* Translators: ablation.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Could ablation be used instead of surgery for my tumors?");
/* Translators: ablation.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Will you use microwave or radiofrequency ablation?");
/* Translators: ablation.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Will I be asleep, and will I stay in the hospital overnight?");
/* Translators: ablation.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "When will my first scan be, and how often after that?");
/* Translators: ablation.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "What happens if a tumor grows back at the treated spot?");
/* Translators: ablation.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient to explain in their own words how ablation destroys a tumor.");
/* Translators: ablation.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient what flu-like feelings after ablation are, and how long they usually last.");
/* Translators: ablation.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient which signs mean they should call the care team.");
/* Translators: ablation.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("ablation", "Ablation");
/* Translators: ablation.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "A thin probe through the skin, or during surgery");
/* Translators: ablation.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "General anesthesia or sedation; ask your team");
/* Translators: ablation.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Often one night; ask your team");
/* Translators: ablation.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Flu-like feelings for a few days; usual life in about 10 days");
/* Translators: ablation.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Yes");
/* Translators: ablation.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Yes, it can be done during surgery");
/* Translators: ablation.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Pain, flu-like feelings; serious problems in about 3 to 5 in 100");

/* chemoembolization.json */

/* Translators: chemoembolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("chemoembolization", "Chemoembolization (TACE)");
/* Translators: chemoembolization.json $.subtitle — one line under the topic's title. */
NC_("chemoembolization", "Cancer medicine sent straight to the tumor, then its blood supply is blocked.");
/* Translators: chemoembolization.json $.aliases[0]. */
NC_("chemoembolization", "TACE");
/* Translators: chemoembolization.json $.aliases[1]. */
NC_("chemoembolization", "DEB-TACE");
/* Translators: chemoembolization.json $.aliases[2]. */
NC_("chemoembolization", "chemoembolisation");
/* Translators: chemoembolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("chemoembolization", "A doctor puts cancer medicine into the artery that feeds a liver tumor. Then the doctor blocks the small branches. This keeps the medicine in the tumor. When cancer has spread to the liver, it is used most for neuroendocrine tumors.");
/* Translators: chemoembolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("chemoembolization", "A drawing of a thin tube in the artery that feeds a liver tumor. Medicine flows from the tube into the tumor. Past the tumor, a block in the small artery keeps the medicine there. Beside it are four small pictures of what to do at home: a dashed circle around the bandage where the tube went in, a thermometer, a bottle of pills, and a person resting in bed.");
/* Translators: chemoembolization.json $.illustration.caption — the caption under the picture. */
NC_("chemoembolization", "1 to 4: the treatment. 5 to 8: what to do at home.");
/* Translators: chemoembolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("chemoembolization", "Thin tube (catheter)");
/* Translators: chemoembolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("chemoembolization", "Cancer medicine flowing into the tumor");
/* Translators: chemoembolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("chemoembolization", "Block in the small artery, past the medicine");
/* Translators: chemoembolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("chemoembolization", "Tumor");
/* Translators: chemoembolization.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("chemoembolization", "Check where the tube went in. It should stay soft and dry.");
/* Translators: chemoembolization.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("chemoembolization", "Check your temperature if you feel warm or unwell.");
/* Translators: chemoembolization.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("chemoembolization", "Take your medicine for pain, fever and nausea.");
/* Translators: chemoembolization.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("chemoembolization", "Rest, and slowly get back to your usual activities.");
/* Translators: chemoembolization.json $.sections[0].heading — a section heading. */
NC_("chemoembolization", "What it is");
/* Translators: chemoembolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "[[chemoembolization|Chemoembolization]] is also called transarterial chemoembolization (TACE). It joins two treatments. [[chemotherapy|Chemotherapy]] is cancer medicine. [[embolization|Embolization]] means blocking blood vessels.");
/* Translators: chemoembolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "Liver tumors get most of their blood from the [[hepatic-artery|hepatic artery]]. The healthy liver gets most of its blood from the [[portal-vein|portal vein]]. So the doctor can put medicine into the artery that feeds the tumor, then block its small branches. The healthy liver still gets blood.");
/* Translators: chemoembolization.json $.sections[0].blocks[2].text. */
NC_("chemoembolization", "The medicine reaches the tumor first. The block then keeps it there longer and cuts off the tumor's blood supply. Sometimes the medicine is carried on tiny beads.");
/* Translators: chemoembolization.json $.sections[1].heading — a section heading. */
NC_("chemoembolization", "Who it may help");
/* Translators: chemoembolization.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "TACE began as a treatment for cancer that starts in the liver. For cancer that spread to the liver, it is used most for [[neuroendocrine-tumour|neuroendocrine tumors]], when surgery is not possible. It can shrink the tumors and ease symptoms caused by the hormones they make.");
/* Translators: chemoembolization.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "It is also used for some people with [[colorectal-cancer|colorectal cancer]] in the liver, often after other treatments have stopped working.");
/* Translators: chemoembolization.json $.sections[1].blocks[2].text. */
NC_("chemoembolization", "It may not fit if your liver does not work well, or if tumors fill most of the liver. It works best when tumors fill less than about three quarters of the liver.");
/* Translators: chemoembolization.json $.sections[2].heading — a section heading. */
NC_("chemoembolization", "How well it works");
/* Translators: chemoembolization.json $.sections[2].blocks[0].text. */
NC_("chemoembolization", "For neuroendocrine tumors in the liver, reviews of many small studies found that treatments that block the liver artery eased symptoms in about 75 in 100 people. Tumors shrank in about 50 in 100. The tumors often stayed under control for about 12 to 18 months, but this varies a lot.");
/* Translators: chemoembolization.json $.sections[2].blocks[1].text. */
NC_("chemoembolization", "There are no large trials comparing TACE with other treatments for these tumors. TACE does not cure the cancer, but it can be repeated.");
/* Translators: chemoembolization.json $.sections[3].heading — a section heading. */
NC_("chemoembolization", "Before");
/* Translators: chemoembolization.json $.sections[3].blocks[0].items[0]. */
NC_("chemoembolization", "Your team checks your blood tests and scans.");
/* Translators: chemoembolization.json $.sections[3].blocks[0].items[1]. */
NC_("chemoembolization", "Ask which medicines to stop before the procedure.");
/* Translators: chemoembolization.json $.sections[3].blocks[0].items[2]. */
NC_("chemoembolization", "Follow the rules you are given about eating and drinking. Many centers ask you not to eat for 4 to 6 hours before.");
/* Translators: chemoembolization.json $.sections[3].blocks[0].items[3]. */
NC_("chemoembolization", "If you have a neuroendocrine tumor, you may get a medicine called octreotide by drip for several hours before. It helps prevent a carcinoid crisis, a sudden and dangerous change in blood pressure.");
/* Translators: chemoembolization.json $.sections[3].blocks[0].items[4]. */
NC_("chemoembolization", "Plan for someone to drive you home.");
/* Translators: chemoembolization.json $.sections[4].heading — a section heading. */
NC_("chemoembolization", "During");
/* Translators: chemoembolization.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "TACE is done in the X-ray department. You get medicine to numb the skin, and [[sedation|sedation]] to help you relax.");
/* Translators: chemoembolization.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "An [[interventional-radiologist|interventional radiologist]] puts a thin tube, called a [[catheter|catheter]], into an artery in the groin or wrist. The doctor guides it to the tumor's artery, puts in the medicine, and then blocks the small branches. It can take up to about 1½ hours.");
/* Translators: chemoembolization.json $.sections[5].heading — a section heading. */
NC_("chemoembolization", "After and recovery");
/* Translators: chemoembolization.json $.sections[5].blocks[0].text. */
NC_("chemoembolization", "Ask your team whether you will stay in the hospital overnight. Most people feel better within 1 to 2 weeks.");
/* Translators: chemoembolization.json $.sections[5].blocks[1].text. */
NC_("chemoembolization", "Your liver blood tests may be a little high for a short time after TACE.");
/* Translators: chemoembolization.json $.sections[6].heading — a section heading. */
NC_("chemoembolization", "Care at home");
/* Translators: chemoembolization.json $.sections[6].blocks[0].items[0]. */
NC_("chemoembolization", "Rest, and slowly get back to your usual activities.");
/* Translators: chemoembolization.json $.sections[6].blocks[0].items[1]. */
NC_("chemoembolization", "Take the medicine your team gives you for pain, fever and nausea.");
/* Translators: chemoembolization.json $.sections[6].blocks[0].items[2]. */
NC_("chemoembolization", "Check your temperature if you feel warm or unwell.");
/* Translators: chemoembolization.json $.sections[6].blocks[0].items[3]. */
NC_("chemoembolization", "Check that the spot where the tube went in stays soft and dry.");
/* Translators: chemoembolization.json $.sections[6].blocks[0].items[4]. */
NC_("chemoembolization", "Your team will tell you how much you can lift, and for how long.");
/* Translators: chemoembolization.json $.sections[7].heading — a section heading. */
NC_("chemoembolization", "Side effects");
/* Translators: chemoembolization.json $.sections[7].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "Common: [[post-embolization-syndrome|post-embolization syndrome]]. This means fever, belly pain and nausea. It happens to about 55 to 90 in 100 people, and usually lasts 1 to 2 weeks. Medicine can help control it.");
/* Translators: chemoembolization.json $.sections[7].blocks[1].items[0]. */
NC_("chemoembolization", "Inflammation of the gallbladder, which is the most common complication but happens to only a small number of people");
/* Translators: chemoembolization.json $.sections[7].blocks[1].items[1]. */
NC_("chemoembolization", "Damage to the bile ducts or a pocket of infection (abscess) in the liver, which is less common");
/* Translators: chemoembolization.json $.sections[7].blocks[1].items[2]. */
NC_("chemoembolization", "A carcinoid crisis in people with neuroendocrine tumors, which is rare");
/* Translators: chemoembolization.json $.sections[8].heading — a section heading. */
NC_("chemoembolization", "When to call your care team");
/* Translators: chemoembolization.json $.sections[8].blocks[0].text. */
NC_("chemoembolization", "Call your care team right away if you have any of these signs.");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[0]. */
NC_("chemoembolization", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[1]. */
NC_("chemoembolization", "Belly pain that your pain medicine does not help");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[2]. */
NC_("chemoembolization", "Nausea or vomiting that is bad or does not stop");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[3]. */
NC_("chemoembolization", "Bleeding, pain or fluid where the tube went in");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[4]. */
NC_("chemoembolization", "Numbness, coldness or a color change in your leg, foot, arm or hand");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[5]. */
NC_("chemoembolization", "Yellow skin or eyes");
/* Translators: chemoembolization.json $.sections[8].blocks[1].items[6]. */
NC_("chemoembolization", "Flushing, a racing heart or feeling faint, if you have a neuroendocrine tumor");
/* Translators: chemoembolization.json $.sections[8].blocks[2].text. */
NC_("chemoembolization", "If the spot where the tube went in starts to bleed, lie flat and press firmly on it. Then call your care team.");
/* Translators: chemoembolization.json $.sections[8].blocks[3].text. */
NC_("chemoembolization", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: chemoembolization.json $.sections[9].heading — a section heading. */
NC_("chemoembolization", "Follow-up");
/* Translators: chemoembolization.json $.sections[9].blocks[0].text. */
NC_("chemoembolization", "Your team checks your blood tests and does scans, such as a CT or MRI, to see how the tumors respond. You may need more than one treatment.");
/* Translators: chemoembolization.json $.key_points[0] — one of the key points. */
NC_("chemoembolization", "Chemoembolization (TACE) sends cancer medicine into the artery of a tumor.");
/* Translators: chemoembolization.json $.key_points[1] — one of the key points. */
NC_("chemoembolization", "Then the doctor blocks the small branches, so the medicine stays in the tumor.");
/* Translators: chemoembolization.json $.key_points[2] — one of the key points. */
NC_("chemoembolization", "When cancer has spread to the liver, it is used most for neuroendocrine tumors.");
/* Translators: chemoembolization.json $.key_points[3] — one of the key points. */
NC_("chemoembolization", "Fever, belly pain and nausea are common and usually last 1 to 2 weeks.");
/* Translators: chemoembolization.json $.key_points[4] — one of the key points. */
NC_("chemoembolization", "It does not cure the cancer, but it can be done more than once.");
/* Translators: chemoembolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "What is the goal of TACE for me?");
/* Translators: chemoembolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "How does TACE compare with other treatments for my tumors?");
/* Translators: chemoembolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "How many treatments might I need?");
/* Translators: chemoembolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "Will I stay in the hospital overnight after TACE?");
/* Translators: chemoembolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "Which medicine will you use, and will it be on beads?");
/* Translators: chemoembolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "How will you prevent a carcinoid crisis, if I have a neuroendocrine tumor?");
/* Translators: chemoembolization.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("chemoembolization", "Ask the patient to explain in their own words how TACE treats the tumor.");
/* Translators: chemoembolization.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("chemoembolization", "Ask the patient how post-embolization syndrome feels and how long it lasts.");
/* Translators: chemoembolization.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("chemoembolization", "Ask the patient what to do if the spot where the tube went in bleeds.");
/* Translators: chemoembolization.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("chemoembolization", "Chemoembolization (TACE)");
/* Translators: chemoembolization.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Medicine into the liver artery, then the artery is blocked");
/* Translators: chemoembolization.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Numbing medicine and medicine to help you relax");
/* Translators: chemoembolization.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Varies; ask your team");
/* Translators: chemoembolization.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Most feel better within 1 to 2 weeks");
/* Translators: chemoembolization.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Yes");
/* Translators: chemoembolization.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Usually used when surgery is not possible");
/* Translators: chemoembolization.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Fever, belly pain and nausea, usually 1 to 2 weeks");

/* clinical-trials.json */

/* Translators: clinical-trials.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("clinical-trials", "Clinical trials");
/* Translators: clinical-trials.json $.subtitle — one line under the topic's title. */
NC_("clinical-trials", "Research studies that test new ways to treat cancer.");
/* Translators: clinical-trials.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("clinical-trials", "A clinical trial is a research study with people who volunteer. It tests whether a new treatment is safe and works. You can ask your team at any time if a trial could fit you.");
/* Translators: clinical-trials.json $.sections[0].heading — a section heading. */
NC_("clinical-trials", "What a clinical trial is");
/* Translators: clinical-trials.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("clinical-trials", "A [[clinical-trial|clinical trial]] tests a new medicine, a new mix of treatments, a new procedure or a new way to find cancer. Every new treatment must go through clinical trials before the Food and Drug Administration (FDA) approves it.");
/* Translators: clinical-trials.json $.sections[0].blocks[1].text. */
NC_("clinical-trials", "There is no promise that the new treatment will work better. If it does, people in the trial may be among the first to benefit.");
/* Translators: clinical-trials.json $.sections[1].heading — a section heading. */
NC_("clinical-trials", "The phases, in plain words");
/* Translators: clinical-trials.json $.sections[1].blocks[0].items[0]. */
NC_("clinical-trials", "Phase 1: Is it safe, and what dose is best? A small group of people take part.");
/* Translators: clinical-trials.json $.sections[1].blocks[0].items[1]. */
NC_("clinical-trials", "Phase 2: Does it work against one type of cancer? It also learns more about safety.");
/* Translators: clinical-trials.json $.sections[1].blocks[0].items[2]. */
NC_("clinical-trials", "Phase 3: Is it better than the usual treatment? A large group takes part. People are often put into groups by chance.");
/* Translators: clinical-trials.json $.sections[1].blocks[1].text. */
NC_("clinical-trials", "You can join a trial at any phase if it fits you and your type and stage of cancer.");
/* Translators: clinical-trials.json $.sections[2].heading — a section heading. */
NC_("clinical-trials", "How you are protected");
/* Translators: clinical-trials.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("clinical-trials", "Before you join, the team explains the trial to you: what will be done, why, and the possible risks and benefits. This is called [[informed-consent|informed consent]]. You join only after you understand it and agree.");
/* Translators: clinical-trials.json $.sections[2].blocks[1].text. */
NC_("clinical-trials", "Each trial follows a written plan, called a protocol. It says who can join, which tests and treatments you get, and when. The research team checks on you closely during the trial.");
/* Translators: clinical-trials.json $.sections[3].heading — a section heading. */
NC_("clinical-trials", "Costs and insurance");
/* Translators: clinical-trials.json $.sections[3].blocks[0].text. */
NC_("clinical-trials", "In the United States, most health plans, including Medicaid, now cover the usual care costs in a trial, such as visits, scans and standard treatment. The study's sponsor often pays for the research costs. Before you join, ask the research team and your insurance company who pays for what.");
/* Translators: clinical-trials.json $.sections[4].heading — a section heading. */
NC_("clinical-trials", "How to find a trial");
/* Translators: clinical-trials.json $.sections[4].blocks[0].items[0]. */
NC_("clinical-trials", "Ask your care team if a trial could fit you. Ask for your cancer type, stage, tumor test results and past treatments in writing.");
/* Translators: clinical-trials.json $.sections[4].blocks[0].items[1]. */
NC_("clinical-trials", "Search the National Cancer Institute's (NCI) list of cancer trials on cancer.gov. You can search by cancer type, age and ZIP code.");
/* Translators: clinical-trials.json $.sections[4].blocks[0].items[2]. */
NC_("clinical-trials", "Search ClinicalTrials.gov, a list of studies run by the U.S. National Library of Medicine.");
/* Translators: clinical-trials.json $.sections[4].blocks[0].items[3]. */
NC_("clinical-trials", "Take what you find to your team and talk about it together.");
/* Translators: clinical-trials.json $.sections[4].blocks[1].text. */
NC_("clinical-trials", "NCI's Cancer Information Service can help you look for a trial, free of charge: call 1-800-4-CANCER (1-800-422-6237). It answers in English and in Spanish.");
/* Translators: clinical-trials.json $.key_points[0] — one of the key points. */
NC_("clinical-trials", "A clinical trial tests if a new treatment is safe and works.");
/* Translators: clinical-trials.json $.key_points[1] — one of the key points. */
NC_("clinical-trials", "You join only after the team explains the risks and you agree.");
/* Translators: clinical-trials.json $.key_points[2] — one of the key points. */
NC_("clinical-trials", "Ask who pays for what before you join.");
/* Translators: clinical-trials.json $.key_points[3] — one of the key points. */
NC_("clinical-trials", "Ask your team, search cancer.gov or ClinicalTrials.gov, or call 1-800-4-CANCER.");
/* Translators: clinical-trials.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("clinical-trials", "Is there a clinical trial that could fit me?");
/* Translators: clinical-trials.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("clinical-trials", "What is the trial testing, and what is the usual treatment I would get instead?");
/* Translators: clinical-trials.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("clinical-trials", "What are the possible risks and benefits for me?");
/* Translators: clinical-trials.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("clinical-trials", "How many extra visits or tests would I need, and where?");
/* Translators: clinical-trials.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("clinical-trials", "What costs would I or my insurance pay?");
/* Translators: clinical-trials.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("clinical-trials", "Ask the patient to explain in their own words what informed consent means.");
/* Translators: clinical-trials.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("clinical-trials", "Ask the patient where they could look for a trial.");

/* follow-up-and-recurrence.json */

/* Translators: follow-up-and-recurrence.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("follow-up-and-recurrence", "Follow-up and if the cancer comes back");
/* Translators: follow-up-and-recurrence.json $.subtitle — one line under the topic's title. */
NC_("follow-up-and-recurrence", "Check-ups after treatment, and what can be done if the cancer returns.");
/* Translators: follow-up-and-recurrence.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("follow-up-and-recurrence", "After treatment, you will have regular blood tests and scans. The cancer often comes back, most often in the first years. If it does, more treatment is often possible.");
/* Translators: follow-up-and-recurrence.json $.sections[0].heading — a section heading. */
NC_("follow-up-and-recurrence", "Why follow-up matters");
/* Translators: follow-up-and-recurrence.json $.sections[0].blocks[0].text. */
NC_("follow-up-and-recurrence", "Follow-up care checks your recovery and looks for signs that the cancer has come back. Finding it early can mean more treatment choices. The risk of return is highest in the first 5 years.");
/* Translators: follow-up-and-recurrence.json $.sections[1].heading — a section heading. */
NC_("follow-up-and-recurrence", "Which tests, and how often");
/* Translators: follow-up-and-recurrence.json $.sections[1].blocks[0].text. */
NC_("follow-up-and-recurrence", "There is no one standard schedule after surgery for cancer that has spread. Your team makes a plan for you. For colorectal cancer, plans often look like this:");
/* Translators: follow-up-and-recurrence.json $.sections[1].blocks[1].items[0]. */
NC_("follow-up-and-recurrence", "A visit and a carcinoembryonic antigen (CEA) blood test every 3 to 6 months for the first 2 years, then every 6 months up to 5 years.");
/* Translators: follow-up-and-recurrence.json $.sections[1].blocks[1].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("follow-up-and-recurrence", "A computed tomography ([[ct-scan|CT]]) scan of the chest, belly and pelvis, often once a year or more for the first 3 years.");
/* Translators: follow-up-and-recurrence.json $.sections[1].blocks[1].items[2]. */
NC_("follow-up-and-recurrence", "A colonoscopy about 1 year after surgery for colorectal cancer, then as your doctor advises.");
/* Translators: follow-up-and-recurrence.json $.sections[1].blocks[2].text. */
NC_("follow-up-and-recurrence", "Guidelines differ a little, and your plan may be different. Ask your team for your own schedule in writing.");
/* Translators: follow-up-and-recurrence.json $.sections[2].heading — a section heading. */
NC_("follow-up-and-recurrence", "How often the cancer comes back");
/* Translators: follow-up-and-recurrence.json $.sections[2].blocks[0].text. */
NC_("follow-up-and-recurrence", "After surgery for colorectal cancer that spread to the liver, the cancer comes back in about 2 in 3 people. In a study of 311 people, it came back in 209 (about 67 in 100). Reviews give ranges from about 50 to 80 in 100. It can come back in the liver, the lungs or other places.");
/* Translators: follow-up-and-recurrence.json $.sections[2].blocks[1].text. */
NC_("follow-up-and-recurrence", "Half of the people whose cancer came back had it within about 14 months.");
/* Translators: follow-up-and-recurrence.json $.sections[2].blocks[2].text. */
NC_("follow-up-and-recurrence", "This does not mean the first treatment failed. Some cancer cells may already have spread before treatment, even if no test could find them. That is why follow-up matters.");
/* Translators: follow-up-and-recurrence.json $.sections[3].heading — a section heading. */
NC_("follow-up-and-recurrence", "Treatment if it comes back");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[0].text. */
NC_("follow-up-and-recurrence", "Cancer that comes back can often be treated again. The choice depends on where it is, how much there is, and how well your liver works.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[1].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("follow-up-and-recurrence", "Repeat liver surgery ([[resection|resection]]), when the new tumors can be removed safely.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[1].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("follow-up-and-recurrence", "[[ablation|Ablation]], which destroys small tumors with heat.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[1].items[2]. */
NC_("follow-up-and-recurrence", "Surgery for cancer that came back outside the liver, such as in the lung, in some people.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[1].items[3]. */
NC_("follow-up-and-recurrence", "Medicines that travel through the whole body, or other liver treatments.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[2].text. */
NC_("follow-up-and-recurrence", "In another study, of 113 people whose cancer came back, 54 (about half) could have repeat surgery or ablation. After 5 years, about 61 in 100 of them were alive, against about 20 in 100 of those who could not. People who can have repeat surgery are often healthier, so this does not show how much the surgery itself helped.");
/* Translators: follow-up-and-recurrence.json $.sections[3].blocks[3].text. */
NC_("follow-up-and-recurrence", "A review of 22 studies looked at 1,610 people who had a second liver surgery. About 23 in 100 had a problem after surgery, and about 1 in 100 died from it. After 5 years, about 42 in 100 were alive. This varied from 31 to 73 in 100 between studies.");
/* Translators: follow-up-and-recurrence.json $.sections[4].heading — a section heading. */
NC_("follow-up-and-recurrence", "Your feelings");
/* Translators: follow-up-and-recurrence.json $.sections[4].blocks[0].text. */
NC_("follow-up-and-recurrence", "Many people worry that the cancer will come back, most of all before a scan. This is normal. Talk with your team about your risk. Ask about counseling or a support group if the worry is hard to live with.");
/* Translators: follow-up-and-recurrence.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("follow-up-and-recurrence", "If the cancer comes back, you may feel shock or anger again. Take time to ask your questions. A [[second-opinion|second opinion]] or a [[clinical-trial|clinical trial]] may be worth asking about.");
/* Translators: follow-up-and-recurrence.json $.key_points[0] — one of the key points. */
NC_("follow-up-and-recurrence", "You will have regular visits, CEA blood tests and CT scans after treatment.");
/* Translators: follow-up-and-recurrence.json $.key_points[1] — one of the key points. */
NC_("follow-up-and-recurrence", "Ask your team for your own follow-up schedule.");
/* Translators: follow-up-and-recurrence.json $.key_points[2] — one of the key points. */
NC_("follow-up-and-recurrence", "After liver surgery, the cancer comes back in about 2 in 3 people.");
/* Translators: follow-up-and-recurrence.json $.key_points[3] — one of the key points. */
NC_("follow-up-and-recurrence", "If it comes back, repeat surgery, ablation or medicines are often possible.");
/* Translators: follow-up-and-recurrence.json $.key_points[4] — one of the key points. */
NC_("follow-up-and-recurrence", "Worry is normal. Help is there if you need it.");
/* Translators: follow-up-and-recurrence.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("follow-up-and-recurrence", "What is my follow-up schedule, and who will order my tests?");
/* Translators: follow-up-and-recurrence.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("follow-up-and-recurrence", "What signs should make me call you before my next visit?");
/* Translators: follow-up-and-recurrence.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("follow-up-and-recurrence", "How likely is it that my cancer will come back?");
/* Translators: follow-up-and-recurrence.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("follow-up-and-recurrence", "If it comes back, which treatments could I have?");
/* Translators: follow-up-and-recurrence.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("follow-up-and-recurrence", "Who can I talk to if I feel worried between scans?");
/* Translators: follow-up-and-recurrence.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("follow-up-and-recurrence", "Ask the patient when their next blood test and scan are.");
/* Translators: follow-up-and-recurrence.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("follow-up-and-recurrence", "Ask the patient to explain in their own words what can be done if the cancer comes back.");

/* glossary.json */

/* Translators: glossary.json $.terms[0].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Ablation");
/* Translators: glossary.json $.terms[0].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that destroys a tumor without taking it out, most often with heat.");
/* Translators: glossary.json $.terms[1].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Advance directive");
/* Translators: glossary.json $.terms[1].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A legal paper that says what medical care you want or do not want if you cannot decide for yourself, such as a living will.");
/* Translators: glossary.json $.terms[2].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Anesthesia");
/* Translators: glossary.json $.terms[2].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that stops you from feeling pain. General anesthesia feels like a very deep sleep.");
/* Translators: glossary.json $.terms[3].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Angiogram");
/* Translators: glossary.json $.terms[3].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "An X-ray picture of blood vessels. It is taken after dye is put into them through a thin tube.");
/* Translators: glossary.json $.terms[4].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Ascites");
/* Translators: glossary.json $.terms[4].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A build-up of fluid in the belly that makes it swell.");
/* Translators: glossary.json $.terms[5].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Bile duct");
/* Translators: glossary.json $.terms[5].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A small tube that carries bile from the liver to the bowel. Bile is a fluid that helps you digest fat.");
/* Translators: glossary.json $.terms[6].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Biomarker test");
/* Translators: glossary.json $.terms[6].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A lab test of tumor tissue or blood that looks for changes in the tumor's genes or proteins, such as RAS, BRAF, HER2 or MSI. It helps choose treatment.");
/* Translators: glossary.json $.terms[7].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Biopsy");
/* Translators: glossary.json $.terms[7].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Taking a small piece of tissue, often with a thin needle, so a doctor can look at it under a microscope.");
/* Translators: glossary.json $.terms[8].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Blood thinner");
/* Translators: glossary.json $.terms[8].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A medicine that makes blood clot more slowly. Ask your team before you stop it for a procedure.");
/* Translators: glossary.json $.terms[9].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Catheter");
/* Translators: glossary.json $.terms[9].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A thin, soft tube. A doctor can move it through a blood vessel to reach the liver.");
/* Translators: glossary.json $.terms[10].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Chemoembolization");
/* Translators: glossary.json $.terms[10].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that puts cancer medicine into the artery that feeds a liver tumor, and then blocks that artery. It is also called TACE.");
/* Translators: glossary.json $.terms[11].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Chemotherapy");
/* Translators: glossary.json $.terms[11].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that kills cancer cells or stops them from growing. It can be given by vein, by mouth, or into an artery.");
/* Translators: glossary.json $.terms[12].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Cirrhosis");
/* Translators: glossary.json $.terms[12].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Scarring of the liver that makes it work less well.");
/* Translators: glossary.json $.terms[13].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Clinical trial");
/* Translators: glossary.json $.terms[13].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A research study with people who volunteer, to test whether a new treatment or test is safe and works.");
/* Translators: glossary.json $.terms[14].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Colorectal cancer");
/* Translators: glossary.json $.terms[14].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Cancer that starts in the colon or the rectum, the last parts of the bowel.");
/* Translators: glossary.json $.terms[15].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "CT scan");
/* Translators: glossary.json $.terms[15].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses X-rays and a computer to make detailed pictures of the inside of the body.");
/* Translators: glossary.json $.terms[16].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Embolization");
/* Translators: glossary.json $.terms[16].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Blocking a blood vessel on purpose, often with tiny beads or other material.");
/* Translators: glossary.json $.terms[17].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Fiducial markers");
/* Translators: glossary.json $.terms[17].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Tiny markers put in or near a tumor. They help the radiation team aim the beams.");
/* Translators: glossary.json $.terms[18].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Floxuridine");
/* Translators: glossary.json $.terms[18].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A chemotherapy medicine often used in a liver pump.");
/* Translators: glossary.json $.terms[19].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Future liver remnant");
/* Translators: glossary.json $.terms[19].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The part of the liver that will stay after surgery. It must be big enough to do the work of the whole liver.");
/* Translators: glossary.json $.terms[20].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hepatic artery");
/* Translators: glossary.json $.terms[20].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The artery that brings blood rich in oxygen from the heart to the liver. Most liver tumors get their blood from it.");
/* Translators: glossary.json $.terms[21].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hepatic artery infusion");
/* Translators: glossary.json $.terms[21].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Chemotherapy sent straight into the hepatic artery, often from a small pump under the skin. It is also called HAI.");
/* Translators: glossary.json $.terms[22].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hepatic perfusion");
/* Translators: glossary.json $.terms[22].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that separates the liver's blood flow from the rest of the body for a short time and fills the liver with a high dose of chemotherapy.");
/* Translators: glossary.json $.terms[23].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hormone therapy");
/* Translators: glossary.json $.terms[23].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that stops hormones from helping some cancers grow, such as many breast cancers.");
/* Translators: glossary.json $.terms[24].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Immunosuppressant");
/* Translators: glossary.json $.terms[24].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A medicine that weakens the immune system, so the body does not attack a transplanted organ. People with a new liver take it for the rest of their life.");
/* Translators: glossary.json $.terms[25].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Immunotherapy");
/* Translators: glossary.json $.terms[25].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that helps your immune system find and fight cancer cells.");
/* Translators: glossary.json $.terms[26].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Informed consent");
/* Translators: glossary.json $.terms[26].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The process in which the team explains a study or treatment, with its risks and benefits, before you decide whether to take part.");
/* Translators: glossary.json $.terms[27].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Interventional radiologist");
/* Translators: glossary.json $.terms[27].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who uses scans to guide thin tubes and needles into the body to treat disease.");
/* Translators: glossary.json $.terms[28].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Jaundice");
/* Translators: glossary.json $.terms[28].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Yellow skin or yellow whites of the eyes, often with dark urine. It can mean the liver or the bile ducts are not working well.");
/* Translators: glossary.json $.terms[29].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Laparoscopic surgery");
/* Translators: glossary.json $.terms[29].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Surgery done through a few small cuts, also called keyhole surgery. The surgeon uses a thin tube with a light and a lens, and watches on a screen.");
/* Translators: glossary.json $.terms[30].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Liver function tests");
/* Translators: glossary.json $.terms[30].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Blood tests that measure enzymes, proteins and other substances made or cleared by the liver, to show how well it works.");
/* Translators: glossary.json $.terms[31].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Liver segment");
/* Translators: glossary.json $.terms[31].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "One of the 8 parts the liver is divided into. Each part has its own blood supply and bile drainage, so a surgeon can remove some parts and keep others.");
/* Translators: glossary.json $.terms[32].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Liver transplant");
/* Translators: glossary.json $.terms[32].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "An operation that takes out a person's liver and puts in a healthy liver, or part of one, from a donor.");
/* Translators: glossary.json $.terms[33].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Living donor");
/* Translators: glossary.json $.terms[33].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A healthy person who gives part of their liver to someone who needs a transplant, often a family member or friend.");
/* Translators: glossary.json $.terms[34].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Metastasis");
/* Translators: glossary.json $.terms[34].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A tumor made of cancer cells that spread from the place where the cancer started. More than one are called metastases.");
/* Translators: glossary.json $.terms[35].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Microwave ablation");
/* Translators: glossary.json $.terms[35].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Ablation that uses microwaves sent through a thin probe to heat and kill a tumor.");
/* Translators: glossary.json $.terms[36].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "MRI scan");
/* Translators: glossary.json $.terms[36].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses a strong magnet and radio waves, not X-rays, to make detailed pictures of the inside of the body.");
/* Translators: glossary.json $.terms[37].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Multidisciplinary team");
/* Translators: glossary.json $.terms[37].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A team of experts from different fields who plan your care together, such as surgeons, oncologists and radiologists.");
/* Translators: glossary.json $.terms[38].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Neuroendocrine tumor");
/* Translators: glossary.json $.terms[38].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A tumor that starts in cells that make hormones. These cells are found in many organs, such as the bowel and the pancreas.");
/* Translators: glossary.json $.terms[39].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Oncologist");
/* Translators: glossary.json $.terms[39].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who treats cancer. A medical oncologist treats cancer with medicine, such as chemotherapy.");
/* Translators: glossary.json $.terms[40].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Outpatient");
/* Translators: glossary.json $.terms[40].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Care that does not need an overnight stay in the hospital. You go home the same day.");
/* Translators: glossary.json $.terms[41].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Palliative care");
/* Translators: glossary.json $.terms[41].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Care that eases symptoms, side effects and stress, to help you live as well as you can. You can have it at any stage, during treatment too.");
/* Translators: glossary.json $.terms[42].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Pathology report");
/* Translators: glossary.json $.terms[42].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A report about tissue that was checked under a microscope. It tells what type of cancer it is.");
/* Translators: glossary.json $.terms[43].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "PET-CT scan");
/* Translators: glossary.json $.terms[43].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses a mildly radioactive tracer, most often a kind of sugar, to show where cells are more active than normal, such as cancer cells. The same machine also takes a CT scan.");
/* Translators: glossary.json $.terms[44].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Portal vein");
/* Translators: glossary.json $.terms[44].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The large vein that brings blood from the stomach and bowel to the liver. Healthy liver gets most of its blood from it.");
/* Translators: glossary.json $.terms[45].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Portal vein embolization");
/* Translators: glossary.json $.terms[45].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A procedure that blocks a branch of the portal vein before liver surgery. It helps the part of the liver that will stay grow larger.");
/* Translators: glossary.json $.terms[46].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Post-ablation syndrome");
/* Translators: glossary.json $.terms[46].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Flu-like feelings, such as a low fever and aches, that some people have for a few days after ablation.");
/* Translators: glossary.json $.terms[47].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Post-embolization syndrome");
/* Translators: glossary.json $.terms[47].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Fever, belly pain and nausea that often come after embolization. They usually start in the first 3 days and then get better.");
/* Translators: glossary.json $.terms[48].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Primary cancer");
/* Translators: glossary.json $.terms[48].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The first tumor, where a cancer started. The cancer is named for that place, such as colon cancer or breast cancer.");
/* Translators: glossary.json $.terms[49].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "PRRT");
/* Translators: glossary.json $.terms[49].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Peptide receptor radionuclide therapy. A medicine given by vein that carries radiation to tumor cells with somatostatin receptors.");
/* Translators: glossary.json $.terms[50].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radiation oncologist");
/* Translators: glossary.json $.terms[50].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who treats cancer with radiation.");
/* Translators: glossary.json $.terms[51].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radioembolization");
/* Translators: glossary.json $.terms[51].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that sends tiny radioactive beads into the artery that feeds a liver tumor. It is also called SIRT or Y-90.");
/* Translators: glossary.json $.terms[52].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radiofrequency ablation");
/* Translators: glossary.json $.terms[52].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Ablation that uses a thin probe to heat and kill a tumor. A high-frequency electric current in the probe makes the heat.");
/* Translators: glossary.json $.terms[53].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Resectable");
/* Translators: glossary.json $.terms[53].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Able to be fully removed with surgery, while enough healthy liver stays.");
/* Translators: glossary.json $.terms[54].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Resection");
/* Translators: glossary.json $.terms[54].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Surgery to remove part of an organ. A liver resection removes the part of the liver that has the tumors.");
/* Translators: glossary.json $.terms[55].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "SBRT");
/* Translators: glossary.json $.terms[55].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Stereotactic body radiation therapy. Strong, very precise radiation beams are aimed at a tumor from outside the body.");
/* Translators: glossary.json $.terms[56].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Second opinion");
/* Translators: glossary.json $.terms[56].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "When another doctor looks at your tests and your treatment plan. They may agree, or suggest other options.");
/* Translators: glossary.json $.terms[57].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Sedation");
/* Translators: glossary.json $.terms[57].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that helps you relax and feel sleepy during a procedure. You may still be partly awake.");
/* Translators: glossary.json $.terms[58].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Somatostatin drug");
/* Translators: glossary.json $.terms[58].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A medicine, such as octreotide or lanreotide, used for neuroendocrine tumors. It can ease symptoms and slow tumor growth.");
/* Translators: glossary.json $.terms[59].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Stent");
/* Translators: glossary.json $.terms[59].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A small tube of plastic or metal put inside a blocked duct, such as a bile duct, to hold it open.");
/* Translators: glossary.json $.terms[60].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Targeted therapy");
/* Translators: glossary.json $.terms[60].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that acts on certain changes in cancer cells. Tests on the tumor show whether it may help.");
/* Translators: glossary.json $.terms[61].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Rejection");
/* Translators: glossary.json $.terms[61].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "When the body's immune system attacks a new organ after a transplant. Medicines called immunosuppressants help prevent it.");
/* Translators: glossary.json $.terms[62].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Tumor board");
/* Translators: glossary.json $.terms[62].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A meeting where doctors from different fields look at a person's case together and plan treatment.");
/* Translators: glossary.json $.terms[63].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Tumor marker");
/* Translators: glossary.json $.terms[63].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A substance in the blood or tissue that cancer cells can make in larger amounts, such as carcinoembryonic antigen (CEA). Normal cells can make it too.");
/* Translators: glossary.json $.terms[64].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Ultrasound");
/* Translators: glossary.json $.terms[64].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses sound waves to make pictures of the inside of the body.");
/* Translators: glossary.json $.terms[65].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Uveal melanoma");
/* Translators: glossary.json $.terms[65].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A melanoma that starts in the eye. When it spreads, it most often spreads to the liver.");
/* Translators: glossary.json $.terms[66].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Yttrium-90");
/* Translators: glossary.json $.terms[66].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A radioactive material put inside tiny beads for radioembolization. Its radiation travels only a very short distance.");

/* hepatic-artery-infusion.json */

/* Translators: hepatic-artery-infusion.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("hepatic-artery-infusion", "Hepatic artery infusion pump");
/* Translators: hepatic-artery-infusion.json $.subtitle — one line under the topic's title. */
NC_("hepatic-artery-infusion", "A small pump that sends chemotherapy straight to the liver.");
/* Translators: hepatic-artery-infusion.json $.aliases[0]. */
NC_("hepatic-artery-infusion", "HAI");
/* Translators: hepatic-artery-infusion.json $.aliases[1]. */
NC_("hepatic-artery-infusion", "HAIP");
/* Translators: hepatic-artery-infusion.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("hepatic-artery-infusion", "A surgeon puts a small pump under the skin of your belly. A thin tube carries chemotherapy from the pump to the liver. The pump medicine stays mostly in the liver. Most people also get chemotherapy by vein.");
/* Translators: hepatic-artery-infusion.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("hepatic-artery-infusion", "A drawing of a round pump under the skin of the belly. A thin tube runs from the pump to the hepatic artery, which carries the medicine into the liver. A needle goes through the skin into the pump to refill it. A dashed circle marks the skin to check around the pump. Beside the body, a crossed-out flame means no heat, and a card stands for the pump ID card.");
/* Translators: hepatic-artery-infusion.json $.illustration.caption — the caption under the picture. */
NC_("hepatic-artery-infusion", "1 to 4: where the pump sits. 5 to 8: what to do at home.");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Pump under the skin of the belly");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Thin tube to the hepatic artery");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Hepatic artery");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Liver");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "A nurse refills the pump with a needle through the skin. Your team gives you the dates.");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Look at the skin around the pump. Call your team if it is red, swollen, painful or leaking fluid.");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Keep heat away from the pump: no hot tubs, saunas or heating pads on your belly.");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Carry your pump ID card with you at all times.");
/* Translators: hepatic-artery-infusion.json $.sections[0].heading — a section heading. */
NC_("hepatic-artery-infusion", "What it is");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "[[hepatic-artery-infusion|Hepatic artery infusion]] (HAI) sends [[chemotherapy|chemotherapy]] straight into the [[hepatic-artery|hepatic artery]], which carries blood to the liver.");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[1].text. */
NC_("hepatic-artery-infusion", "A surgeon puts a small round pump under the skin of your belly. It is about 2 to 3 inches (5 to 8 cm) across and about 1 inch (2.5 cm) thick. A thin tube runs from the pump into the hepatic artery.");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "Your team fills the pump with a medicine, most often [[floxuridine|floxuridine]]. The liver gets a much stronger dose than it would from a vein. The pump treats only the liver, so most people also get chemotherapy by vein for the rest of the body.");
/* Translators: hepatic-artery-infusion.json $.sections[1].heading — a section heading. */
NC_("hepatic-artery-infusion", "Who it may help");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "It is used most for [[colorectal-cancer|colorectal cancer]] that has spread to the liver, in two ways:");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "To shrink tumors that cannot be removed, so that surgery may become possible");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "After surgery, to lower the chance that the cancer comes back in the liver");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[2].text. */
NC_("hepatic-artery-infusion", "It needs a skilled team, so few centers offer it. It may not fit if the cancer has spread widely outside the liver, if your general health is poor, or if your liver does not work well. Your team will look at your scans to see if the pump can be placed.");
/* Translators: hepatic-artery-infusion.json $.sections[2].heading — a section heading. */
NC_("hepatic-artery-infusion", "How well it works");
/* Translators: hepatic-artery-infusion.json $.sections[2].blocks[0].text. */
NC_("hepatic-artery-infusion", "In trials at one large center, about 61 in 100 people who had the pump after surgery were alive 10 years later. These were carefully chosen people, so results elsewhere may differ.");
/* Translators: hepatic-artery-infusion.json $.sections[2].blocks[1].text. */
NC_("hepatic-artery-infusion", "A randomized trial in the Netherlands (the PUMP trial) is testing whether the pump after surgery helps people stay free of cancer longer. Its results will help show how much the pump adds.");
/* Translators: hepatic-artery-infusion.json $.sections[3].heading — a section heading. */
NC_("hepatic-artery-infusion", "Before");
/* Translators: hepatic-artery-infusion.json $.sections[3].blocks[0].items[0]. */
NC_("hepatic-artery-infusion", "You have a CT scan or MRI. It shows your arteries, so the surgeon can plan where to place the pump.");
/* Translators: hepatic-artery-infusion.json $.sections[3].blocks[0].items[1]. */
NC_("hepatic-artery-infusion", "Your team tells you when to stop eating, drinking and taking some medicines. Follow these rules closely.");
/* Translators: hepatic-artery-infusion.json $.sections[3].blocks[0].items[2]. */
NC_("hepatic-artery-infusion", "Plan for someone to take you home after your hospital stay.");
/* Translators: hepatic-artery-infusion.json $.sections[4].heading — a section heading. */
NC_("hepatic-artery-infusion", "During");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "You are asleep under general [[anaesthesia|anesthesia]]. The surgeon places the pump under the skin and joins the thin tube to the artery. The surgeon often removes the gallbladder, so the medicine does not harm it.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "Pump alone: the operation takes about 1½ hours, and you stay in the hospital about 3 days.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "Pump with liver surgery: the operation can take more than 4 hours, and the hospital stay is longer.");
/* Translators: hepatic-artery-infusion.json $.sections[5].heading — a section heading. */
NC_("hepatic-artery-infusion", "After and recovery");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[0].text. */
NC_("hepatic-artery-infusion", "Before the first dose, a scan called a flow scan checks that the medicine will go only to the liver.");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "Pump chemotherapy usually starts 2 to 6 weeks after surgery. In one study, half of people started within 43 days, and half later.");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "A nurse refills the pump with a needle through the skin, often every 2 to 4 weeks. Your team tells you your schedule.");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[1].items[2]. */
NC_("hepatic-artery-infusion", "The belly may be sore and swollen where the pump is. This usually gets better in 1 to 4 weeks.");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[1].items[3]. */
NC_("hepatic-artery-infusion", "Many people need 2 to 6 weeks off work.");
/* Translators: hepatic-artery-infusion.json $.sections[6].heading — a section heading. */
NC_("hepatic-artery-infusion", "Care at home");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[0].text. */
NC_("hepatic-artery-infusion", "The pump has no battery. Body heat pushes the medicine out at a set rate. Heat can make it push faster, so your liver could get too much at once.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "Avoid hot tubs, saunas, heating pads on your belly, hard exercise, and other things that raise your body temperature.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "Carry your pump ID card at all times, also when you travel.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[2]. */
NC_("hepatic-artery-infusion", "Before any MRI scan, tell the staff you have a pump and show your card.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[3]. */
NC_("hepatic-artery-infusion", "Try not to bend or twist at the waist a lot while you heal.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[4]. */
NC_("hepatic-artery-infusion", "Keep your cut clean and dry, as your team shows you.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[2].text. */
NC_("hepatic-artery-infusion", "Your team will tell you which rules apply to you. Ask before you fly or travel far from your center.");
/* Translators: hepatic-artery-infusion.json $.sections[7].heading — a section heading. */
NC_("hepatic-artery-infusion", "Side effects");
/* Translators: hepatic-artery-infusion.json $.sections[7].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "Scarring of the [[bile-duct|bile ducts]] (biliary sclerosis). It can be permanent. In a large study, about 5 in 100 people who had the pump after surgery needed a small tube (stent) to keep a bile duct open.");
/* Translators: hepatic-artery-infusion.json $.sections[7].blocks[0].items[1]. */
NC_("hepatic-artery-infusion", "Stomach ulcers, which are sores in the stomach");
/* Translators: hepatic-artery-infusion.json $.sections[7].blocks[0].items[2]. */
NC_("hepatic-artery-infusion", "Problems with the pump or the tube. In a small study, 2 in 20 people needed another operation to fix the pump.");
/* Translators: hepatic-artery-infusion.json $.sections[7].blocks[0].items[3]. */
NC_("hepatic-artery-infusion", "Infection");
/* Translators: hepatic-artery-infusion.json $.sections[7].blocks[1].text. */
NC_("hepatic-artery-infusion", "You have blood tests at each refill visit. They help your team find liver and bile duct problems early.");
/* Translators: hepatic-artery-infusion.json $.sections[8].heading — a section heading. */
NC_("hepatic-artery-infusion", "When to call your care team");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[0].text. */
NC_("hepatic-artery-infusion", "Call your care team right away if you have any of these signs.");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "Belly pain that gets worse, or that your pain medicine does not help");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[2]. */
NC_("hepatic-artery-infusion", "Redness, swelling, pain or fluid around the pump or your cut");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[3]. */
NC_("hepatic-artery-infusion", "Yellow skin or eyes");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[4]. */
NC_("hepatic-artery-infusion", "Burning stomach pain, black stools or vomiting blood");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[1].items[5]. */
NC_("hepatic-artery-infusion", "Nausea or vomiting that does not stop");
/* Translators: hepatic-artery-infusion.json $.sections[8].blocks[2].text. */
NC_("hepatic-artery-infusion", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: hepatic-artery-infusion.json $.sections[9].heading — a section heading. */
NC_("hepatic-artery-infusion", "Follow-up");
/* Translators: hepatic-artery-infusion.json $.sections[9].blocks[0].text. */
NC_("hepatic-artery-infusion", "You visit the clinic every 2 to 4 weeks for refills, blood tests and often chemotherapy by vein. You also have scans from time to time to see how the tumors respond. When you no longer need the pump, your team will talk with you about leaving it in or taking it out.");
/* Translators: hepatic-artery-infusion.json $.key_points[0] — one of the key points. */
NC_("hepatic-artery-infusion", "A small pump under the skin sends chemotherapy straight to the liver.");
/* Translators: hepatic-artery-infusion.json $.key_points[1] — one of the key points. */
NC_("hepatic-artery-infusion", "Most people also get chemotherapy by vein.");
/* Translators: hepatic-artery-infusion.json $.key_points[2] — one of the key points. */
NC_("hepatic-artery-infusion", "A nurse refills the pump every 2 to 4 weeks, with blood tests each time.");
/* Translators: hepatic-artery-infusion.json $.key_points[3] — one of the key points. */
NC_("hepatic-artery-infusion", "Heat makes the pump go faster. Avoid hot tubs and saunas.");
/* Translators: hepatic-artery-infusion.json $.key_points[4] — one of the key points. */
NC_("hepatic-artery-infusion", "The main risk is scarring of the bile ducts, in about 5 in 100 people.");
/* Translators: hepatic-artery-infusion.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "What is the goal of the pump for me?");
/* Translators: hepatic-artery-infusion.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "Will the pump be placed during my liver surgery, or in a separate operation?");
/* Translators: hepatic-artery-infusion.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "How often will I come in for refills and blood tests?");
/* Translators: hepatic-artery-infusion.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "Which chemotherapy will I get by vein, and when?");
/* Translators: hepatic-artery-infusion.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "What should I do about heat, travel and MRI scans?");
/* Translators: hepatic-artery-infusion.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "What happens to the pump when my treatment ends?");
/* Translators: hepatic-artery-infusion.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient to explain in their own words how the pump treats the liver.");
/* Translators: hepatic-artery-infusion.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient why heat matters and which things to avoid.");
/* Translators: hepatic-artery-infusion.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient which signs mean they should call the care team.");
/* Translators: hepatic-artery-infusion.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("hepatic-artery-infusion", "Hepatic artery infusion pump");
/* Translators: hepatic-artery-infusion.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "A pump under the skin sends chemotherapy into the liver artery");
/* Translators: hepatic-artery-infusion.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "General anesthesia for the operation");
/* Translators: hepatic-artery-infusion.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "About 3 days for the pump alone; longer with liver surgery");
/* Translators: hepatic-artery-infusion.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Pump chemotherapy usually starts 2 to 6 weeks after surgery");
/* Translators: hepatic-artery-infusion.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Yes; refills every 2 to 4 weeks");
/* Translators: hepatic-artery-infusion.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Yes; often placed during liver surgery");
/* Translators: hepatic-artery-infusion.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Bile duct scarring, stomach ulcers, pump problems, infection");

/* labels.json */

/* Translators: labels.json $.labels.in-short — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "In short");
/* Translators: labels.json $.labels.key-points — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Key points");
/* Translators: labels.json $.labels.questions — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Questions to ask your care team");
/* Translators: labels.json $.labels.questions-hint — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Tick the questions you want to ask. They go on your printed summary.");
/* Translators: labels.json $.labels.check-understanding — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Check understanding (for the care team)");
/* Translators: labels.json $.labels.sources — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Sources");
/* Translators: labels.json $.labels.related — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Related topics");
/* Translators: labels.json $.labels.reviewed — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Written from the sources listed and checked against them in {month} {year}");
/* Translators: labels.json $.labels.month-1 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "January");
/* Translators: labels.json $.labels.month-2 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "February");
/* Translators: labels.json $.labels.month-3 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "March");
/* Translators: labels.json $.labels.month-4 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "April");
/* Translators: labels.json $.labels.month-5 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "May");
/* Translators: labels.json $.labels.month-6 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "June");
/* Translators: labels.json $.labels.month-7 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "July");
/* Translators: labels.json $.labels.month-8 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "August");
/* Translators: labels.json $.labels.month-9 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "September");
/* Translators: labels.json $.labels.month-10 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "October");
/* Translators: labels.json $.labels.month-11 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "November");
/* Translators: labels.json $.labels.month-12 — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "December");
/* Translators: labels.json $.labels.group-understanding — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Understanding");
/* Translators: labels.json $.labels.group-surgery — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Surgery");
/* Translators: labels.json $.labels.group-therapies — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Treatments");
/* Translators: labels.json $.labels.group-next-steps — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Next steps");
/* Translators: labels.json $.labels.group-clinic — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "From your clinic");
/* Translators: labels.json $.labels.compare-how-given — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "How it is given");
/* Translators: labels.json $.labels.compare-anaesthesia — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Anesthesia");
/* Translators: labels.json $.labels.compare-hospital-stay — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Time in hospital");
/* Translators: labels.json $.labels.compare-recovery — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Typical recovery");
/* Translators: labels.json $.labels.compare-repeatable — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Can it be repeated?");
/* Translators: labels.json $.labels.compare-with-surgery — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Can it be combined with surgery?");
/* Translators: labels.json $.labels.compare-side-effects — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Common side effects");
/* Translators: labels.json $.labels.view-questions — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Questions to ask");
/* Translators: labels.json $.labels.view-compare — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Compare treatments");
/* Translators: labels.json $.labels.view-glossary — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Glossary");
/* Translators: labels.json $.labels.questions-view-hint — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Tick the questions you want to ask. They go on your printed summary. Ticks are kept only while this window is open.");
/* Translators: labels.json $.labels.compare-intro — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Each column is one treatment. Each topic tells you more, with its sources. Your care team can tell you which treatments fit you.");
/* Translators: labels.json $.labels.compare-scroll-hint — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Scroll sideways to see every treatment.");
/* Translators: labels.json $.labels.compare-treatment — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Treatment");
/* Translators: labels.json $.labels.compare-table — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Treatments compared");
/* Translators: labels.json $.labels.glossary-intro — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "The medical words this guide uses, each in a few plain words.");
/* Translators: labels.json $.labels.glossary-list — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Glossary terms");
/* Translators: labels.json $.labels.handout-notes — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Notes");
/* Translators: labels.json $.labels.handout-page — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Page {page} of {pages}");
/* Translators: labels.json $.labels.handout-disclaimer — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "This sheet is for learning. It does not replace advice from your care team.");
/* Translators: labels.json $.labels.handout-phone — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Phone: {phone}");
/* Translators: labels.json $.labels.handout-after-hours — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "After hours: {phone}");
/* Translators: labels.json $.labels.handout-app-name — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Liver Guide");
/* Translators: labels.json $.labels.handout-call — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Call {clinic} at {phone}.");
/* Translators: labels.json $.labels.handout-call-after-hours — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Call {clinic} at {phone}; after hours, {after-hours}.");
/* Translators: labels.json $.labels.handout-care-team — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "your care team");
/* Translators: labels.json $.labels.handout-approved — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Approved for this clinic by {approved}");
/* Translators: labels.json $.labels.handout-for-you — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "For you");
/* Translators: labels.json $.labels.handout-name — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Name");
/* Translators: labels.json $.labels.handout-date — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Date");
/* Translators: labels.json $.labels.handout-next-appointment — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Next appointment");
/* Translators: labels.json $.labels.handout-contact — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Your care team contact");
/* Translators: labels.json $.labels.handout-note — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Note");
/* Translators: labels.json $.labels.handout-words — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "Words to know");
/* Translators: labels.json $.labels.handout-more-questions — fixed words of the guide's pages (topic pages, views, handout) in this language. */
NC_("labels", "More questions to ask are in the app.");

/* liver-directed-therapies.json */

/* Translators: liver-directed-therapies.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("liver-directed-therapies", "Liver-directed therapies");
/* Translators: liver-directed-therapies.json $.subtitle — one line under the topic's title. */
NC_("liver-directed-therapies", "Treatments aimed right at the tumors in the liver.");
/* Translators: liver-directed-therapies.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("liver-directed-therapies", "These treatments aim right at tumors in the liver. For most people, the main treatment is medicine for the whole body. Liver treatments may be added, with or without surgery. A team of experts will talk with you about your options.");
/* Translators: liver-directed-therapies.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("liver-directed-therapies", "A drawing of the liver with the hepatic artery and the portal vein. The tumors get most of their blood from the hepatic artery.");
/* Translators: liver-directed-therapies.json $.illustration.caption — the caption under the picture. */
NC_("liver-directed-therapies", "Many treatments reach the tumors through the hepatic artery.");
/* Translators: liver-directed-therapies.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("liver-directed-therapies", "Liver");
/* Translators: liver-directed-therapies.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("liver-directed-therapies", "Hepatic artery: brings blood rich in oxygen from the heart");
/* Translators: liver-directed-therapies.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("liver-directed-therapies", "Portal vein: brings blood from the stomach and bowel");
/* Translators: liver-directed-therapies.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("liver-directed-therapies", "Tumors (metastases)");
/* Translators: liver-directed-therapies.json $.sections[0].heading — a section heading. */
NC_("liver-directed-therapies", "What they are");
/* Translators: liver-directed-therapies.json $.sections[0].blocks[0].text. */
NC_("liver-directed-therapies", "Liver-directed therapies aim treatment at the tumors in the liver. Some kill tumors with heat or radiation. Others send medicine or tiny beads straight to the tumors.");
/* Translators: liver-directed-therapies.json $.sections[0].blocks[1].text. */
NC_("liver-directed-therapies", "For most people with liver metastases, the main treatment is medicine that travels through the whole body. This is called whole-body, or systemic, treatment. Liver-directed therapies are added for some people. They may be used when tumors cannot be removed with surgery, or along with surgery.");
/* Translators: liver-directed-therapies.json $.sections[0].blocks[2].text. */
NC_("liver-directed-therapies", "They are often used for cancer that started in the bowel, and for melanoma of the eye. They are also used for some other cancers. The topic on where the cancer started explains more.");
/* Translators: liver-directed-therapies.json $.sections[1].heading — a section heading. */
NC_("liver-directed-therapies", "Why treating through the artery works");
/* Translators: liver-directed-therapies.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "The liver gets blood from two blood vessels. Healthy liver gets most of its blood from the [[portal-vein|portal vein]]. Liver tumors get most of their blood from the [[hepatic-artery|hepatic artery]].");
/* Translators: liver-directed-therapies.json $.sections[1].blocks[1].text. */
NC_("liver-directed-therapies", "So doctors can send treatment into the hepatic artery to reach the tumors. The rest of the liver still gets blood from the portal vein.");
/* Translators: liver-directed-therapies.json $.sections[2].heading — a section heading. */
NC_("liver-directed-therapies", "The treatments that exist");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[ablation|Ablation]] uses a thin probe to heat and kill small tumors.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[radioembolization|Radioembolization]], also called selective internal radiation therapy (SIRT) or Y-90, sends tiny radioactive beads into the artery that feeds the tumors.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[chemoembolization|Chemoembolization]], also called transarterial chemoembolization (TACE), sends cancer medicine into that artery and then blocks it.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "A pump for [[hepatic-artery-infusion|hepatic artery infusion (HAI)]] sends [[chemotherapy|chemotherapy]] straight to the liver from a small pump under the skin.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].items[4].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[sbrt|Stereotactic body radiation therapy (SBRT)]] aims strong, precise radiation beams at the tumors from outside the body.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[1].text. */
NC_("liver-directed-therapies", "Each of these has its own topic in this app. Surgery to remove part of the liver, and whole-body treatment, have their own topics too. All of them are under Related topics at the end of this page.");
/* Translators: liver-directed-therapies.json $.sections[3].heading — a section heading. */
NC_("liver-directed-therapies", "Your care team");
/* Translators: liver-directed-therapies.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "These treatments need experts who work as one team. This is called a [[multidisciplinary-team|multidisciplinary team]]. It may include a liver surgeon, an [[oncologist|oncologist]], an [[interventional-radiologist|interventional radiologist]] and a [[radiation-oncologist|radiation oncologist]].");
/* Translators: liver-directed-therapies.json $.sections[3].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "The team may meet to talk about each person's case. This meeting is called a [[tumour-board|tumor board]]. Together, they suggest the options that may fit you.");
/* Translators: liver-directed-therapies.json $.sections[3].blocks[2].text. */
NC_("liver-directed-therapies", "The best choice depends on many things, such as where the cancer started and the number, size and place of your tumors. Only a surgeon with a lot of liver experience should decide that tumors cannot be removed.");
/* Translators: liver-directed-therapies.json $.key_points[0] — one of the key points. */
NC_("liver-directed-therapies", "These treatments aim right at tumors in the liver.");
/* Translators: liver-directed-therapies.json $.key_points[1] — one of the key points. */
NC_("liver-directed-therapies", "For most people, medicine for the whole body is the main treatment.");
/* Translators: liver-directed-therapies.json $.key_points[2] — one of the key points. */
NC_("liver-directed-therapies", "Liver treatments can be used when surgery is not possible, or with it.");
/* Translators: liver-directed-therapies.json $.key_points[3] — one of the key points. */
NC_("liver-directed-therapies", "Tumors get most of their blood from the hepatic artery.");
/* Translators: liver-directed-therapies.json $.key_points[4] — one of the key points. */
NC_("liver-directed-therapies", "A team of experts will talk with you about your options.");
/* Translators: liver-directed-therapies.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Can my tumors be removed with surgery?");
/* Translators: liver-directed-therapies.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Which of these treatments are options for me?");
/* Translators: liver-directed-therapies.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "What are the benefits and risks of each option?");
/* Translators: liver-directed-therapies.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "What is the goal of treatment for me?");
/* Translators: liver-directed-therapies.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Has a tumor board looked at my case?");
/* Translators: liver-directed-therapies.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Who will do the treatment, and how often do they do it?");
/* Translators: liver-directed-therapies.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient to explain in their own words what these treatments do.");
/* Translators: liver-directed-therapies.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient why treatment can be sent through the hepatic artery.");
/* Translators: liver-directed-therapies.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient what the main treatment is for most people with liver metastases.");

/* liver-transplant.json */

/* Translators: liver-transplant.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("liver-transplant", "Liver transplant for colorectal cancer in the liver");
/* Translators: liver-transplant.json $.subtitle — one line under the topic's title. */
NC_("liver-transplant", "A new liver from a donor, for a small group of people whose tumors cannot be removed.");
/* Translators: liver-transplant.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("liver-transplant", "A liver transplant replaces your liver with a healthy one from a donor. It may help a small group of people whose colorectal cancer has spread only to the liver. Most people cannot have one, and only a few centers offer it.");
/* Translators: liver-transplant.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("liver-transplant", "A drawing of a person's body with the new liver from a donor. Beside it are four small pictures of what to do at home: a clock and a pill, two tubes of blood, a tap with water over two hands, and the sun with a sun hat and sunscreen.");
/* Translators: liver-transplant.json $.illustration.caption — the caption under the picture. */
NC_("liver-transplant", "1: the new liver. 2 to 5: what to do at home.");
/* Translators: liver-transplant.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("liver-transplant", "The new liver from a donor");
/* Translators: liver-transplant.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("liver-transplant", "Take your anti-rejection medicines every day, on time.");
/* Translators: liver-transplant.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("liver-transplant", "Go to all your blood tests.");
/* Translators: liver-transplant.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("liver-transplant", "Wash your hands often. Stay away from people who are sick.");
/* Translators: liver-transplant.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("liver-transplant", "Protect your skin from the sun.");
/* Translators: liver-transplant.json $.sections[0].heading — a section heading. */
NC_("liver-transplant", "What it is");
/* Translators: liver-transplant.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "A [[liver-transplant|liver transplant]] is an operation. The surgeon takes out your whole liver and puts in a healthy liver from a donor.");
/* Translators: liver-transplant.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "For most cancer that has spread to the liver, a transplant is not a treatment. But a trial found that it can help a small group of people with [[colorectal-cancer|colorectal cancer]] that has spread only to the liver, when surgery cannot remove the tumors.");
/* Translators: liver-transplant.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "Most donor livers come from people who have died. Some centers use part of a liver from a healthy person, often a family member or friend. This is called a [[living-donor|living donor]] transplant. After any transplant, you take medicine for the rest of your life so your body does not attack the new liver.");
/* Translators: liver-transplant.json $.sections[1].heading — a section heading. */
NC_("liver-transplant", "Who it may help");
/* Translators: liver-transplant.json $.sections[1].blocks[0].text. */
NC_("liver-transplant", "The trial, called TransMet, took only people who met very strict rules:");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[0]. */
NC_("liver-transplant", "Cancer that started in the colon or rectum and had spread only to the liver, with no cancer anywhere else");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[1]. */
NC_("liver-transplant", "Liver tumors that could never be removed with surgery. An expert panel checked this for each person.");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[2]. */
NC_("liver-transplant", "The first tumor, in the bowel, already removed with surgery");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "Cancer that shrank or stayed the same with [[chemotherapy|chemotherapy]] for at least 3 months, after no more than 3 kinds of chemotherapy");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[4]. */
NC_("liver-transplant", "No change in a gene called BRAF in the cancer cells");
/* Translators: liver-transplant.json $.sections[1].blocks[1].items[5]. */
NC_("liver-transplant", "Age 18 to 65, and well enough to be up and about and do light work");
/* Translators: liver-transplant.json $.sections[1].blocks[2].text. */
NC_("liver-transplant", "Some experts now use even stricter rules, such as a good response to chemotherapy for at least 6 months. They do not offer a transplant when the cancer started on the right side of the colon, or when the tumor has some other features.");
/* Translators: liver-transplant.json $.sections[1].blocks[3].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "Most people with liver metastases cannot have a transplant. It is usually not an option if the cancer is also outside the liver, if it grows during chemotherapy, if surgery or ablation can treat the tumors, or if the cancer did not start in the colon or rectum. Only a few centers offer it, many of them in [[clinical-trial|clinical trials]]. Donor livers are scarce.");
/* Translators: liver-transplant.json $.sections[2].heading — a section heading. */
NC_("liver-transplant", "How well it works");
/* Translators: liver-transplant.json $.sections[2].blocks[0].text. */
NC_("liver-transplant", "TransMet was a trial of 94 people in 20 centers in Europe. By chance, half were placed in a group to have a liver transplant plus chemotherapy, and half in a group to have chemotherapy alone. It found:");
/* Translators: liver-transplant.json $.sections[2].blocks[1].items[0]. */
NC_("liver-transplant", "Counting everyone in the group they were first placed in: after 5 years, about 57 in 100 people were alive in the transplant group, and about 13 in 100 in the chemotherapy group.");
/* Translators: liver-transplant.json $.sections[2].blocks[1].items[1]. */
NC_("liver-transplant", "Counting only people who had the treatment as planned: about 73 in 100 were alive after a transplant, and about 9 in 100 with chemotherapy alone.");
/* Translators: liver-transplant.json $.sections[2].blocks[2].text. */
NC_("liver-transplant", "The first numbers are the fairer comparison. In the transplant group, 11 of 47 people did not get a transplant, most often because the cancer grew. In the other group, some people had surgery instead.");
/* Translators: liver-transplant.json $.sections[2].blocks[3].text. */
NC_("liver-transplant", "After a transplant, the cancer often comes back, most often in the lungs. In earlier studies from Norway, it came back in more than 80 in 100 people. But it often grew slowly, and many people could have more treatment and lived for years.");
/* Translators: liver-transplant.json $.sections[2].blocks[4].text. */
NC_("liver-transplant", "These results come from one small trial of people chosen with great care. They do not apply to most people with liver metastases.");
/* Translators: liver-transplant.json $.sections[3].heading — a section heading. */
NC_("liver-transplant", "Before");
/* Translators: liver-transplant.json $.sections[3].blocks[0].items[0]. */
NC_("liver-transplant", "Your cancer team sends your case to a transplant center. A panel of experts looks at your scans and tests.");
/* Translators: liver-transplant.json $.sections[3].blocks[0].items[1]. */
NC_("liver-transplant", "You have many tests to check your heart, lungs and general health, and scans to make sure the cancer is only in the liver.");
/* Translators: liver-transplant.json $.sections[3].blocks[0].items[2]. */
NC_("liver-transplant", "You meet the transplant team. It often includes a surgeon, a liver doctor, a transplant coordinator, a dietitian and a pharmacist.");
/* Translators: liver-transplant.json $.sections[3].blocks[0].items[3]. */
NC_("liver-transplant", "If a living donor may be possible, that person also has many tests, to make sure it is safe for them.");
/* Translators: liver-transplant.json $.sections[3].blocks[0].items[4]. */
NC_("liver-transplant", "You keep having chemotherapy while you wait. In TransMet, the transplant was done within 2 months of the last chemotherapy.");
/* Translators: liver-transplant.json $.sections[4].heading — a section heading. */
NC_("liver-transplant", "During");
/* Translators: liver-transplant.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "You get general [[anaesthesia|anesthesia]], so you are asleep. The surgeon makes a cut in your belly, takes out your liver and puts in the donor liver. It is a long, major operation.");
/* Translators: liver-transplant.json $.sections[4].blocks[1].text. */
NC_("liver-transplant", "First, the surgeon checks inside your belly for cancer outside the liver. In TransMet, some people were found to have cancer in nearby lymph nodes, so they did not have the transplant.");
/* Translators: liver-transplant.json $.sections[5].heading — a section heading. */
NC_("liver-transplant", "After and recovery");
/* Translators: liver-transplant.json $.sections[5].blocks[0].text. */
NC_("liver-transplant", "After the operation, you go to an intensive care unit for a few days. Most people leave the hospital within 2 to 3 weeks. It can take 3 to 6 months before you are ready to go back to work and your usual activities.");
/* Translators: liver-transplant.json $.sections[5].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "You take medicines called [[immunosuppressant|immunosuppressants]] to stop [[transplant-rejection|rejection]]. The dose is highest in the first 3 months, when rejection is most likely. Then your team lowers it.");
/* Translators: liver-transplant.json $.sections[6].heading — a section heading. */
NC_("liver-transplant", "Care at home");
/* Translators: liver-transplant.json $.sections[6].blocks[0].items[0]. */
NC_("liver-transplant", "Take your anti-rejection medicines every day, at the times your team gave you. Never stop or change them on your own.");
/* Translators: liver-transplant.json $.sections[6].blocks[0].items[1]. */
NC_("liver-transplant", "Go to all your blood tests. They check your new liver and the amount of medicine in your blood.");
/* Translators: liver-transplant.json $.sections[6].blocks[0].items[2]. */
NC_("liver-transplant", "The medicines make infections easier to catch. Wash your hands often and stay away from people who are sick. Your team will tell you which foods to avoid.");
/* Translators: liver-transplant.json $.sections[6].blocks[0].items[3]. */
NC_("liver-transplant", "Protect your skin from the sun with clothing and sunscreen. The medicines raise the chance of skin cancer.");
/* Translators: liver-transplant.json $.sections[6].blocks[0].items[4]. */
NC_("liver-transplant", "Build up your activity slowly. Your team will tell you how to care for your wound and when you can drive.");
/* Translators: liver-transplant.json $.sections[7].heading — a section heading. */
NC_("liver-transplant", "Side effects");
/* Translators: liver-transplant.json $.sections[7].blocks[0].text. */
NC_("liver-transplant", "A transplant is a big operation with serious risks. In TransMet, in the first 3 months after the transplant:");
/* Translators: liver-transplant.json $.sections[7].blocks[1].items[0]. */
NC_("liver-transplant", "Serious problems: about 34 in 100 people");
/* Translators: liver-transplant.json $.sections[7].blocks[1].items[1]. */
NC_("liver-transplant", "Problems with the kidneys: about 22 in 100");
/* Translators: liver-transplant.json $.sections[7].blocks[1].items[2]. */
NC_("liver-transplant", "High blood sugar (diabetes): about 17 in 100");
/* Translators: liver-transplant.json $.sections[7].blocks[1].items[3]. */
NC_("liver-transplant", "A second transplant was needed: about 8 in 100");
/* Translators: liver-transplant.json $.sections[7].blocks[1].items[4]. */
NC_("liver-transplant", "Death: about 3 in 100 (1 person)");
/* Translators: liver-transplant.json $.sections[7].blocks[2].text. */
NC_("liver-transplant", "From liver transplants in general:");
/* Translators: liver-transplant.json $.sections[7].blocks[3].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "[[transplant-rejection|Rejection]], when your body attacks the new liver: up to 1 in 3 people, most often in the first weeks or months. A change in medicine usually treats it.");
/* Translators: liver-transplant.json $.sections[7].blocks[3].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "[[bile-duct|Bile duct]] problems, such as a leak or a narrowing: more than 1 in 10 people");
/* Translators: liver-transplant.json $.sections[7].blocks[3].items[2]. */
NC_("liver-transplant", "Infections: more likely, because the medicines weaken your body's defenses");
/* Translators: liver-transplant.json $.sections[7].blocks[3].items[3]. */
NC_("liver-transplant", "Over the years, a higher chance of some cancers, such as skin cancer");
/* Translators: liver-transplant.json $.sections[7].blocks[4].text. */
NC_("liver-transplant", "For a living donor, the operation has risks too, including a small risk of death: fewer than 1 in 100.");
/* Translators: liver-transplant.json $.sections[8].heading — a section heading. */
NC_("liver-transplant", "When to call your care team");
/* Translators: liver-transplant.json $.sections[8].blocks[0].text. */
NC_("liver-transplant", "Call your care team right away if you have any of these signs.");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[0]. */
NC_("liver-transplant", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[1]. */
NC_("liver-transplant", "Yellow skin or eyes, dark urine, pale stools or itchy skin");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[2]. */
NC_("liver-transplant", "Belly pain or swelling");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[3]. */
NC_("liver-transplant", "Feeling very tired or shaky, or a very bad headache");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[4]. */
NC_("liver-transplant", "Vomiting or diarrhea that does not stop, or you cannot take your medicines");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[5]. */
NC_("liver-transplant", "Much less urine than usual");
/* Translators: liver-transplant.json $.sections[8].blocks[1].items[6]. */
NC_("liver-transplant", "Redness, swelling or fluid from your wound");
/* Translators: liver-transplant.json $.sections[8].blocks[2].text. */
NC_("liver-transplant", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: liver-transplant.json $.sections[9].heading — a section heading. */
NC_("liver-transplant", "Follow-up");
/* Translators: liver-transplant.json $.sections[9].blocks[0].text. */
NC_("liver-transplant", "At first, you see the transplant team often, about once a week for the first 2 to 3 months. Later, visits are every few months, and then once a year. At each visit you have blood tests to check your liver and your medicine levels.");
/* Translators: liver-transplant.json $.sections[9].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-transplant", "You also have regular scans, such as [[ct-scan|CT scans]] of the chest and belly, to look for cancer that comes back. If it comes back, it is often in the lungs, and it can often be treated. Ask your team how often you will have scans.");
/* Translators: liver-transplant.json $.key_points[0] — one of the key points. */
NC_("liver-transplant", "A transplant may help a few people whose colorectal cancer has spread only to the liver.");
/* Translators: liver-transplant.json $.key_points[1] — one of the key points. */
NC_("liver-transplant", "In a trial of 94 people, 57 in 100 were alive after 5 years with a transplant. With chemotherapy alone, 13 in 100 were.");
/* Translators: liver-transplant.json $.key_points[2] — one of the key points. */
NC_("liver-transplant", "The rules are very strict. Most people cannot have one.");
/* Translators: liver-transplant.json $.key_points[3] — one of the key points. */
NC_("liver-transplant", "You take medicine for the rest of your life so your body does not reject the new liver.");
/* Translators: liver-transplant.json $.key_points[4] — one of the key points. */
NC_("liver-transplant", "The cancer can still come back, most often in the lungs.");
/* Translators: liver-transplant.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "Which of the rules for a transplant do I meet, and which do I not?");
/* Translators: liver-transplant.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "Which centers offer a transplant for colorectal cancer in the liver, and is there a clinical trial I could join?");
/* Translators: liver-transplant.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "Could a living donor be an option, and what would it mean for the donor?");
/* Translators: liver-transplant.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "How long might I wait for a liver, and what happens to my chemotherapy while I wait?");
/* Translators: liver-transplant.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "What are the risks of the anti-rejection medicines for me?");
/* Translators: liver-transplant.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-transplant", "How will you check whether the cancer comes back?");
/* Translators: liver-transplant.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-transplant", "Ask the patient to explain in their own words who may be able to have a liver transplant for liver metastases.");
/* Translators: liver-transplant.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-transplant", "Ask the patient why they must take the anti-rejection medicine every day.");
/* Translators: liver-transplant.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-transplant", "Ask the patient which signs mean they should call the care team.");
/* Translators: liver-transplant.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("liver-transplant", "Liver transplant");
/* Translators: liver-transplant.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "A donor liver replaces yours; only for a few people");
/* Translators: liver-transplant.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "General anesthesia, so you are asleep");
/* Translators: liver-transplant.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "Often 2 to 3 weeks, first in intensive care");
/* Translators: liver-transplant.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "3 to 6 months; anti-rejection medicine for life");
/* Translators: liver-transplant.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "Only if the new liver fails: about 8 in 100 in TransMet");
/* Translators: liver-transplant.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "It is major surgery, with chemotherapy before it");
/* Translators: liver-transplant.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("liver-transplant", "Serious problems in about 34 in 100 in the first 3 months");

/* living-with-liver-metastases.json */

/* Translators: living-with-liver-metastases.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("living-with-liver-metastases", "Living with liver metastases");
/* Translators: living-with-liver-metastases.json $.subtitle — one line under the topic's title. */
NC_("living-with-liver-metastases", "Symptoms and their care, support, and planning ahead.");
/* Translators: living-with-liver-metastases.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("living-with-liver-metastases", "Many symptoms of liver metastases can be eased. Palliative care helps with symptoms and stress at any stage, even during treatment. Planning ahead helps your team and family know your wishes.");
/* Translators: living-with-liver-metastases.json $.sections[0].heading — a section heading. */
NC_("living-with-liver-metastases", "Goals of treatment");
/* Translators: living-with-liver-metastases.json $.sections[0].blocks[0].text. */
NC_("living-with-liver-metastases", "Treatment can have different goals. It may try to remove all the cancer. It may try to keep the cancer under control for as long as possible. Or it may aim to ease symptoms so you feel better. Ask your team what the goal of your plan is.");
/* Translators: living-with-liver-metastases.json $.sections[0].blocks[1].text. */
NC_("living-with-liver-metastases", "Treating the cancer in the liver often eases the symptoms too. Other care can also help, as this page explains.");
/* Translators: living-with-liver-metastases.json $.sections[1].heading — a section heading. */
NC_("living-with-liver-metastases", "Symptoms and their care");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[0].items[0]. */
NC_("living-with-liver-metastases", "Pain: a larger liver can cause an ache in the upper belly, or pain in the right shoulder. Tell your team. There are many kinds of pain medicine.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[0].items[1]. */
NC_("living-with-liver-metastases", "Tiredness (fatigue): this is common. Pace yourself, save energy for what matters to you, and let others help with chores.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[0].items[2]. */
NC_("living-with-liver-metastases", "Poor appetite: try small, frequent meals and foods you like. A dietitian can help. Your doctor may offer medicine to improve appetite.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[0].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("living-with-liver-metastases", "A swollen belly from fluid ([[ascites|ascites]]): tell your team. There are ways to ease it.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("living-with-liver-metastases", "[[jaundice|Jaundice]] means yellow skin or eyes. It can also cause dark urine, pale stools and itching. It can happen when the cancer blocks a [[bile-duct|bile duct]].");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("living-with-liver-metastases", "A doctor can sometimes open the blocked duct with a small tube called a [[stent|stent]]. Jaundice often goes away 2 to 3 weeks after the stent is placed. A stent is not always possible or helpful. Your team will talk with you about it.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[3].items[0]. */
NC_("living-with-liver-metastases", "Itching is often worse at night. Keep your skin moist with cream.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[3].items[1]. */
NC_("living-with-liver-metastases", "Alcohol, spicy food, hot baths and direct sun can make itching worse.");
/* Translators: living-with-liver-metastases.json $.sections[1].blocks[3].items[2]. */
NC_("living-with-liver-metastases", "Ask your doctor about medicine if the itching goes on.");
/* Translators: living-with-liver-metastases.json $.sections[2].heading — a section heading. */
NC_("living-with-liver-metastases", "Supportive and palliative care");
/* Translators: living-with-liver-metastases.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("living-with-liver-metastases", "[[palliative-care|Palliative care]] helps you live as well as you can. It eases pain, other symptoms, side effects and stress. It is also called supportive care.");
/* Translators: living-with-liver-metastases.json $.sections[2].blocks[1].text. */
NC_("living-with-liver-metastases", "Palliative care is not only for the end of life. You can have it at any stage, from the time of diagnosis, at the same time as treatment for the cancer.");
/* Translators: living-with-liver-metastases.json $.sections[2].blocks[2].text. */
NC_("living-with-liver-metastases", "A palliative care team often has doctors, nurses and other experts. They help with body, mind, family and spiritual needs. Some teams can visit you at home. Ask your team for a referral.");
/* Translators: living-with-liver-metastases.json $.sections[3].heading — a section heading. */
NC_("living-with-liver-metastases", "Feelings and support");
/* Translators: living-with-liver-metastases.json $.sections[3].blocks[0].text. */
NC_("living-with-liver-metastases", "It is normal to feel worried, sad or angry. Talk with people you trust. Your team can connect you with a counselor, a social worker or a support group. The palliative care team can support your family too.");
/* Translators: living-with-liver-metastases.json $.sections[3].blocks[1].text. */
NC_("living-with-liver-metastases", "In the United States, the National Cancer Institute's (NCI) Cancer Information Service answers questions about cancer, free: 1-800-4-CANCER (1-800-422-6237), in English and Spanish.");
/* Translators: living-with-liver-metastases.json $.sections[4].heading — a section heading. */
NC_("living-with-liver-metastases", "Planning ahead");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[0].text. */
NC_("living-with-liver-metastases", "Advance care planning means thinking about the care you would want, and telling others. It is best done before you need it, while you can make your own choices.");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[1].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("living-with-liver-metastases", "An [[advance-directive|advance directive]] is a legal paper. It says what care you want or do not want if you cannot decide for yourself.");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[1].items[1]. */
NC_("living-with-liver-metastases", "A living will describes the treatment you would want near the end of life.");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[1].items[2]. */
NC_("living-with-liver-metastases", "A health care power of attorney names a person to make decisions for you if you cannot. Talk with them first.");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[1].items[3]. */
NC_("living-with-liver-metastases", "Each state has its own rules. Your team or a lawyer can help with the forms.");
/* Translators: living-with-liver-metastases.json $.sections[4].blocks[1].items[4]. */
NC_("living-with-liver-metastases", "You can change your advance directive at any time. Give copies to your family and your team.");
/* Translators: living-with-liver-metastases.json $.key_points[0] — one of the key points. */
NC_("living-with-liver-metastases", "Ask your team what the goal of your treatment is.");
/* Translators: living-with-liver-metastases.json $.key_points[1] — one of the key points. */
NC_("living-with-liver-metastases", "Tell your team about pain, tiredness, itching or a swollen belly. Help is there.");
/* Translators: living-with-liver-metastases.json $.key_points[2] — one of the key points. */
NC_("living-with-liver-metastases", "Palliative care is for any stage. You can have it during treatment.");
/* Translators: living-with-liver-metastases.json $.key_points[3] — one of the key points. */
NC_("living-with-liver-metastases", "An advance directive tells others what care you want.");
/* Translators: living-with-liver-metastases.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("living-with-liver-metastases", "What is the goal of my treatment?");
/* Translators: living-with-liver-metastases.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("living-with-liver-metastases", "What can I do about my pain, tiredness or itching?");
/* Translators: living-with-liver-metastases.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("living-with-liver-metastases", "Can I see a palliative care team now, during my treatment?");
/* Translators: living-with-liver-metastases.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("living-with-liver-metastases", "Who can help me and my family with our feelings?");
/* Translators: living-with-liver-metastases.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("living-with-liver-metastases", "How do I fill out an advance directive, and who should get a copy?");
/* Translators: living-with-liver-metastases.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("living-with-liver-metastases", "Ask the patient to explain in their own words what palliative care is.");
/* Translators: living-with-liver-metastases.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("living-with-liver-metastases", "Ask the patient which symptoms they will tell the team about.");
/* Translators: living-with-liver-metastases.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("living-with-liver-metastases", "Ask the patient who they would choose to make decisions for them if they could not.");

/* portal-vein-embolization.json */

/* Translators: portal-vein-embolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("portal-vein-embolization", "Portal vein embolization");
/* Translators: portal-vein-embolization.json $.subtitle — one line under the topic's title. */
NC_("portal-vein-embolization", "Helping the healthy part of the liver grow before surgery.");
/* Translators: portal-vein-embolization.json $.aliases[0]. */
NC_("portal-vein-embolization", "PVE");
/* Translators: portal-vein-embolization.json $.aliases[1]. */
NC_("portal-vein-embolization", "embolisation");
/* Translators: portal-vein-embolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("portal-vein-embolization", "Sometimes the part of the liver that would stay after surgery is too small. This treatment blocks blood flow to the part that will be removed. Over a few weeks, the part that stays grows larger, so surgery is safer. About 1 in 10 people still do not have the surgery.");
/* Translators: portal-vein-embolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("portal-vein-embolization", "A drawing of the liver with a thin tube in a branch of the portal vein. That branch is blocked. The part of the liver it feeds will be removed, and the other part grows larger. Beside it are four small pictures of what to do at home: a glass of water, a bottle of pills, a dashed circle around the bandage where the needle went in, and a calendar with one day circled.");
/* Translators: portal-vein-embolization.json $.illustration.caption — the caption under the picture. */
NC_("portal-vein-embolization", "1 to 4: the procedure. 5 to 8: what to do at home.");
/* Translators: portal-vein-embolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Thin tube (catheter)");
/* Translators: portal-vein-embolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Blocked branch of the portal vein");
/* Translators: portal-vein-embolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Part of the liver to be removed");
/* Translators: portal-vein-embolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Part that stays and grows larger");
/* Translators: portal-vein-embolization.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Rest, and drink plenty of fluids.");
/* Translators: portal-vein-embolization.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Use simple pain medicine if you need it.");
/* Translators: portal-vein-embolization.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Check where the needle went in for bleeding, bruises or swelling.");
/* Translators: portal-vein-embolization.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Keep your appointment for the scan of your liver.");
/* Translators: portal-vein-embolization.json $.sections[0].heading — a section heading. */
NC_("portal-vein-embolization", "What it is");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The [[portal-vein|portal vein]] brings blood from the stomach and bowel to the liver. It splits into branches that go to each part of the liver.");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "In [[portal-vein-embolization|portal vein embolization]], a doctor blocks the branch that goes to the part of the liver that will be removed. More blood then flows to the part that will stay. That part grows larger over a few weeks. The blocked part gets smaller.");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor who does it is an [[interventional-radiologist|interventional radiologist]]. This is a doctor who uses scans to guide thin tubes and needles inside the body.");
/* Translators: portal-vein-embolization.json $.sections[1].heading — a section heading. */
NC_("portal-vein-embolization", "Who it may help");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "It may help people who need a large liver surgery when [[future-liver-remnant|the part of the liver left after surgery]] would be too small. Your team measures your liver on scans to decide.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[1].text. */
NC_("portal-vein-embolization", "How much liver must stay depends on how healthy it is:");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[2].items[0]. */
NC_("portal-vein-embolization", "A healthy liver: at least about 20 to 25 in 100 parts of the liver.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[2].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "After more than 3 months of [[chemotherapy|chemotherapy]]: about 30 in 100.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[2].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "With scarring of the liver ([[cirrhosis|cirrhosis]]): about 40 in 100.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[3].text. */
NC_("portal-vein-embolization", "It may not be possible, or may not help, if you have:");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[4].items[0]. */
NC_("portal-vein-embolization", "A liver that works very poorly.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[4].items[1]. */
NC_("portal-vein-embolization", "A tumor that grows into the portal vein, or blocks the way to it.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[4].items[2]. */
NC_("portal-vein-embolization", "Widened bile ducts (bile cannot drain well).");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[4].items[3]. */
NC_("portal-vein-embolization", "Kidney failure.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[4].items[4]. */
NC_("portal-vein-embolization", "Another illness, such as diabetes, that can slow how the liver grows.");
/* Translators: portal-vein-embolization.json $.sections[2].heading — a section heading. */
NC_("portal-vein-embolization", "How well it works");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[0].text. */
NC_("portal-vein-embolization", "A review of 44 studies looked at 1,791 people who had this treatment:");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[1].items[0]. */
NC_("portal-vein-embolization", "The doctor could block the vein as planned in about 99 in 100 people.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[1].items[1]. */
NC_("portal-vein-embolization", "The part of the liver that will stay grew on average by a little more than one third.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[1].items[2]. */
NC_("portal-vein-embolization", "About 4 in 100 could not have surgery because of the treatment, most often because the liver did not grow enough.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[1].items[3]. */
NC_("portal-vein-embolization", "About 6 in 100 could not have surgery because the cancer grew while they waited.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[2].text. */
NC_("portal-vein-embolization", "So the procedure itself almost always works, but that is not the same as having the surgery. In this review, about 1 in 10 people still did not have surgery. In other reports it was 20 to 40 in 100, most often because the cancer grew during the weeks of waiting.");
/* Translators: portal-vein-embolization.json $.sections[3].heading — a section heading. */
NC_("portal-vein-embolization", "Before");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[0].items[0]. */
NC_("portal-vein-embolization", "You will have scans to measure your liver.");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "Ask which medicines to stop, such as a [[blood-thinner|blood thinner]]. Do not stop one unless your team tells you to.");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[0].items[2]. */
NC_("portal-vein-embolization", "Follow the rules you are given about eating and drinking. Some centers ask you not to eat solid food for 6 hours before.");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[0].items[3]. */
NC_("portal-vein-embolization", "Ask whether you will go home the same day, and plan for an adult to take you home.");
/* Translators: portal-vein-embolization.json $.sections[4].heading — a section heading. */
NC_("portal-vein-embolization", "During");
/* Translators: portal-vein-embolization.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "You get medicine so that you are comfortable. Some centers use [[sedation|sedation]], and some use general [[anaesthesia|anesthesia]]. Ask which kind you will get.");
/* Translators: portal-vein-embolization.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor uses an [[ultrasound|ultrasound]] and X-rays to guide a needle and a thin tube, called a [[catheter|catheter]], through the skin of your belly into a branch of the portal vein.");
/* Translators: portal-vein-embolization.json $.sections[4].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor then puts tiny particles or a medical glue into the branch to block it. Blocking a blood vessel on purpose is called [[embolization|embolization]].");
/* Translators: portal-vein-embolization.json $.sections[5].heading — a section heading. */
NC_("portal-vein-embolization", "After and recovery");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[0].text. */
NC_("portal-vein-embolization", "Some centers let you go home the same day. Others keep you in the hospital for a night. Centers differ, so ask yours.");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[1].text. */
NC_("portal-vein-embolization", "It is normal to feel tired and weak, and to have a low fever, for a few days. Drinking fluids and simple pain medicine usually help.");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[2].text. */
NC_("portal-vein-embolization", "Surgery is often about 3 to 4 weeks later, once the liver has grown.");
/* Translators: portal-vein-embolization.json $.sections[6].heading — a section heading. */
NC_("portal-vein-embolization", "Care at home");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[0].text. */
NC_("portal-vein-embolization", "Your team will tell you how to care for yourself at home. Many centers ask you to:");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[0]. */
NC_("portal-vein-embolization", "Rest when you feel tired, and drink plenty of fluids.");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[1]. */
NC_("portal-vein-embolization", "Use simple pain medicine if you need it, as your team tells you.");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[2]. */
NC_("portal-vein-embolization", "Watch the place where the needle went in for bleeding, bruising or swelling.");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[3]. */
NC_("portal-vein-embolization", "Keep your appointment for the scan that checks how much your liver grew.");
/* Translators: portal-vein-embolization.json $.sections[7].heading — a section heading. */
NC_("portal-vein-embolization", "Side effects");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[0].text. */
NC_("portal-vein-embolization", "Common: tiredness, weakness, some pain and a low fever for a few days. This is the body's response to the blocked blood flow.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[1].text. */
NC_("portal-vein-embolization", "Serious problems are uncommon. In the review of 1,791 people, about 2 to 3 in 100 had a serious problem, and 1 in 1,000 died. One hospital gives a risk of serious problems of less than 1 in 100.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[2].text. */
NC_("portal-vein-embolization", "Possible serious problems include:");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[3].items[0]. */
NC_("portal-vein-embolization", "Bleeding.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[3].items[1]. */
NC_("portal-vein-embolization", "Infection.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[3].items[2]. */
NC_("portal-vein-embolization", "A blood clot.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[3].items[3]. */
NC_("portal-vein-embolization", "Injury to a blood vessel.");
/* Translators: portal-vein-embolization.json $.sections[7].blocks[3].items[4]. */
NC_("portal-vein-embolization", "The glue or particles going to a place they should not go.");
/* Translators: portal-vein-embolization.json $.sections[8].heading — a section heading. */
NC_("portal-vein-embolization", "When to call your care team");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[0].text. */
NC_("portal-vein-embolization", "Call your care team right away if you have any of these signs.");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[1].items[0]. */
NC_("portal-vein-embolization", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[1].items[1]. */
NC_("portal-vein-embolization", "Pain that gets worse, or that your pain medicine does not help");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[1].items[2]. */
NC_("portal-vein-embolization", "Bleeding, redness or swelling where the needle went in");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[1].items[3]. */
NC_("portal-vein-embolization", "Yellow skin or eyes");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[1].items[4]. */
NC_("portal-vein-embolization", "Nausea or vomiting that does not stop");
/* Translators: portal-vein-embolization.json $.sections[8].blocks[2].text. */
NC_("portal-vein-embolization", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: portal-vein-embolization.json $.sections[9].heading — a section heading. */
NC_("portal-vein-embolization", "Follow-up");
/* Translators: portal-vein-embolization.json $.sections[9].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "You have a [[ct-scan|CT scan]] a few weeks later, often about 4 weeks. It measures how much the part that stays has grown.");
/* Translators: portal-vein-embolization.json $.sections[9].blocks[1].text. */
NC_("portal-vein-embolization", "If it grew enough, your surgery can be planned. If it did not grow enough, or the cancer grew, your team will talk with you about other choices.");
/* Translators: portal-vein-embolization.json $.key_points[0] — one of the key points. */
NC_("portal-vein-embolization", "This treatment helps the healthy part of the liver grow before surgery.");
/* Translators: portal-vein-embolization.json $.key_points[1] — one of the key points. */
NC_("portal-vein-embolization", "It blocks blood flow to the part of the liver that will be removed.");
/* Translators: portal-vein-embolization.json $.key_points[2] — one of the key points. */
NC_("portal-vein-embolization", "The part that stays grows over a few weeks.");
/* Translators: portal-vein-embolization.json $.key_points[3] — one of the key points. */
NC_("portal-vein-embolization", "The procedure works for almost everyone, but about 1 in 10 still do not have surgery.");
/* Translators: portal-vein-embolization.json $.key_points[4] — one of the key points. */
NC_("portal-vein-embolization", "A scan shows whether your surgery can go ahead.");
/* Translators: portal-vein-embolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "Why do I need this before my surgery?");
/* Translators: portal-vein-embolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "How much of my liver will stay after surgery?");
/* Translators: portal-vein-embolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "How long will I wait before surgery?");
/* Translators: portal-vein-embolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "What happens if my liver does not grow enough, or the cancer grows while I wait?");
/* Translators: portal-vein-embolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "Will I have chemotherapy while I wait?");
/* Translators: portal-vein-embolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "Will I stay in the hospital overnight?");
/* Translators: portal-vein-embolization.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient to explain in their own words why this is done before surgery.");
/* Translators: portal-vein-embolization.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient how long the liver takes to grow, and how they will know.");
/* Translators: portal-vein-embolization.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient which signs mean they should call the care team.");

/* radioembolization.json */

/* Translators: radioembolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("radioembolization", "Radioembolization (Y-90 / SIRT)");
/* Translators: radioembolization.json $.subtitle — one line under the topic's title. */
NC_("radioembolization", "Tiny radioactive beads that treat liver tumors from the inside.");
/* Translators: radioembolization.json $.aliases[0]. */
NC_("radioembolization", "Y90");
/* Translators: radioembolization.json $.aliases[1]. */
NC_("radioembolization", "Y-90");
/* Translators: radioembolization.json $.aliases[2]. */
NC_("radioembolization", "SIRT");
/* Translators: radioembolization.json $.aliases[3]. */
NC_("radioembolization", "TARE");
/* Translators: radioembolization.json $.aliases[4]. */
NC_("radioembolization", "radioembolisation");
/* Translators: radioembolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("radioembolization", "A doctor sends tiny radioactive beads into the artery that feeds your liver tumors. The beads give off radiation inside the tumors. It can slow tumor growth in the liver, but large studies did not find that people lived longer.");
/* Translators: radioembolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("radioembolization", "A drawing of a thin tube that goes from an artery in the groin up into the hepatic artery. Tiny beads flow out of the tube into the tumor. Beside the liver are four small pictures of what to do at home: a dashed circle around the bandage where the tube went in, a safety card with check marks, a grown-up and a child with an arrow between them, and a tap with water over two hands.");
/* Translators: radioembolization.json $.illustration.caption — the caption under the picture. */
NC_("radioembolization", "1 to 4: how the beads reach the tumor. 5 to 8: what to do at home.");
/* Translators: radioembolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("radioembolization", "Thin tube (catheter) from the groin or wrist");
/* Translators: radioembolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("radioembolization", "Hepatic artery");
/* Translators: radioembolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("radioembolization", "Tiny radioactive beads (Y-90)");
/* Translators: radioembolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("radioembolization", "Tumor");
/* Translators: radioembolization.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("radioembolization", "Check where the tube went in. It should stay soft and dry.");
/* Translators: radioembolization.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("radioembolization", "Follow the safety card your team gives you.");
/* Translators: radioembolization.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("radioembolization", "For about a week, do not sit or sleep next to children or pregnant people for a long time.");
/* Translators: radioembolization.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("radioembolization", "For the first day, wash your hands well after you use the toilet.");
/* Translators: radioembolization.json $.sections[0].heading — a section heading. */
NC_("radioembolization", "What it is");
/* Translators: radioembolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "[[radioembolization|Radioembolization]] is also called selective internal radiation therapy (SIRT) or Y-90. It uses tiny beads that hold a radioactive material called [[yttrium-90|yttrium-90 (Y-90)]].");
/* Translators: radioembolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "A doctor sends the beads through a thin tube, called a [[catheter|catheter]], into the [[hepatic-artery|hepatic artery]]. The beads get stuck in the small blood vessels of the tumors. They give off radiation over a very short distance, so most of it stays inside the tumors.");
/* Translators: radioembolization.json $.sections[1].heading — a section heading. */
NC_("radioembolization", "Who it may help");
/* Translators: radioembolization.json $.sections[1].blocks[0].text. */
NC_("radioembolization", "It may help people whose liver tumors cannot be removed with surgery. This includes cancer that has spread to the liver from other places, such as the colon or rectum.");
/* Translators: radioembolization.json $.sections[1].blocks[1].items[0]. */
NC_("radioembolization", "Your liver does not work well enough. Blood tests, such as bilirubin and albumin, help check this.");
/* Translators: radioembolization.json $.sections[1].blocks[1].items[1]. */
NC_("radioembolization", "Tumors fill a very large part of the liver.");
/* Translators: radioembolization.json $.sections[1].blocks[1].items[2]. */
NC_("radioembolization", "The arteries near the tumors are not suitable for the beads.");
/* Translators: radioembolization.json $.sections[1].blocks[1].items[3]. */
NC_("radioembolization", "The planning test shows that too much could flow to the lungs or gut.");
/* Translators: radioembolization.json $.sections[2].heading — a section heading. */
NC_("radioembolization", "How well it works");
/* Translators: radioembolization.json $.sections[2].blocks[0].text. */
NC_("radioembolization", "Results come from large studies of people with colorectal cancer that spread to the liver. Results for other cancers may differ.");
/* Translators: radioembolization.json $.sections[2].blocks[1].text. */
NC_("radioembolization", "First treatment: three studies with 1,103 people added Y-90 to their first chemotherapy. People did not live longer than with chemotherapy alone.");
/* Translators: radioembolization.json $.sections[2].blocks[2].text. */
NC_("radioembolization", "Second treatment: a study of 428 people added Y-90 to their second chemotherapy. The cancer took a little longer to grow. Half of people went more than 8.0 months before it grew, compared with 7.2 months with chemotherapy alone. The study did not show that people lived longer.");
/* Translators: radioembolization.json $.sections[2].blocks[3].text. */
NC_("radioembolization", "Ask your team what goal Y-90 has for you: to control the tumors in the liver, to ease symptoms, or something else.");
/* Translators: radioembolization.json $.sections[3].heading — a section heading. */
NC_("radioembolization", "Before");
/* Translators: radioembolization.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "First you have a planning test, called a mapping [[angiogram|angiogram]]. It is often done 1 to 4 weeks before the treatment. The time varies by center.");
/* Translators: radioembolization.json $.sections[3].blocks[1].items[0]. */
NC_("radioembolization", "It shows which arteries feed your tumors.");
/* Translators: radioembolization.json $.sections[3].blocks[1].items[1]. */
NC_("radioembolization", "It finds arteries that carry blood to the stomach or bowel. The doctor may block them to protect those organs.");
/* Translators: radioembolization.json $.sections[3].blocks[1].items[2]. */
NC_("radioembolization", "A lung-shunt scan checks how much could flow to your lungs.");
/* Translators: radioembolization.json $.sections[3].blocks[1].items[3]. */
NC_("radioembolization", "It helps your team plan the right dose.");
/* Translators: radioembolization.json $.sections[3].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "Ask your team which medicines to stop before each procedure, such as a [[blood-thinner|blood thinner]]. Follow their rules about eating and drinking.");
/* Translators: radioembolization.json $.sections[4].heading — a section heading. */
NC_("radioembolization", "During");
/* Translators: radioembolization.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "An [[interventional-radiologist|interventional radiologist]] does the treatment. You get medicine to numb the skin, and [[sedation|sedation]] to help you relax.");
/* Translators: radioembolization.json $.sections[4].blocks[1].text. */
NC_("radioembolization", "The doctor puts the catheter into an artery in the groin or wrist. X-rays help guide it to the liver. The doctor then puts the beads into the arteries that feed the tumors. It often takes about 2 hours.");
/* Translators: radioembolization.json $.sections[5].heading — a section heading. */
NC_("radioembolization", "After and recovery");
/* Translators: radioembolization.json $.sections[5].blocks[0].text. */
NC_("radioembolization", "Some centers ask you to stay one night in the hospital. Others let you go home the same day. Centers differ, so ask yours.");
/* Translators: radioembolization.json $.sections[5].blocks[1].text. */
NC_("radioembolization", "Most people get back to normal activities within a few days. Tiredness can last up to about 3 weeks.");
/* Translators: radioembolization.json $.sections[6].heading — a section heading. */
NC_("radioembolization", "Care at home");
/* Translators: radioembolization.json $.sections[6].blocks[0].text. */
NC_("radioembolization", "Your team will give you a card with safety steps. Follow the card. Very little radiation leaves your body, but many centers ask you to:");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[0]. */
NC_("radioembolization", "Wash your hands well after using the toilet for the first day.");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[1]. */
NC_("radioembolization", "Avoid long close contact, like sitting or sleeping next to children or pregnant people, for about a week.");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[2]. */
NC_("radioembolization", "Take the medicine your team gives you to protect your stomach.");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[3]. */
NC_("radioembolization", "Rest when you feel tired, and drink plenty of fluids.");
/* Translators: radioembolization.json $.sections[6].blocks[2].text. */
NC_("radioembolization", "Check the spot where the tube went in. It should stay soft and dry.");
/* Translators: radioembolization.json $.sections[7].heading — a section heading. */
NC_("radioembolization", "Side effects");
/* Translators: radioembolization.json $.sections[7].blocks[0].text. */
NC_("radioembolization", "Common: tiredness, belly pain, nausea or a mild fever in the first days. This happens to about 10 to 70 in 100 people. It varies between studies.");
/* Translators: radioembolization.json $.sections[7].blocks[1].items[0]. */
NC_("radioembolization", "Radiation injury of the healthy liver: 0 to 4 in 100. It can show up 1 to 2 months later, with yellow skin or a swollen belly. It was about 20 in 100 in people who had chemotherapy before or after.");
/* Translators: radioembolization.json $.sections[7].blocks[1].items[1]. */
NC_("radioembolization", "Sores (ulcers) in the stomach or bowel: fewer than 5 in 100.");
/* Translators: radioembolization.json $.sections[7].blocks[1].items[2]. */
NC_("radioembolization", "Swelling of the gallbladder: fewer than 10 in 100.");
/* Translators: radioembolization.json $.sections[7].blocks[1].items[3]. */
NC_("radioembolization", "Lung injury from radiation: fewer than 1 in 100.");
/* Translators: radioembolization.json $.sections[7].blocks[2].text. */
NC_("radioembolization", "The mapping test helps lower these risks.");
/* Translators: radioembolization.json $.sections[8].heading — a section heading. */
NC_("radioembolization", "When to call your care team");
/* Translators: radioembolization.json $.sections[8].blocks[0].text. */
NC_("radioembolization", "Call your care team right away if you have any of these signs.");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[0]. */
NC_("radioembolization", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[1]. */
NC_("radioembolization", "Belly pain that is bad, or that your pain medicine does not help");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[2]. */
NC_("radioembolization", "Bleeding, pain or swelling where the tube went in");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[3]. */
NC_("radioembolization", "Yellow skin or eyes, or a belly that swells, even weeks later");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[4]. */
NC_("radioembolization", "Black stools or vomiting blood");
/* Translators: radioembolization.json $.sections[8].blocks[1].items[5]. */
NC_("radioembolization", "Nausea or vomiting that does not stop");
/* Translators: radioembolization.json $.sections[8].blocks[2].text. */
NC_("radioembolization", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: radioembolization.json $.sections[9].heading — a section heading. */
NC_("radioembolization", "Follow-up");
/* Translators: radioembolization.json $.sections[9].blocks[0].text. */
NC_("radioembolization", "Your team checks your liver blood tests in the weeks after treatment, including 1 to 2 months after, when liver injury can show up.");
/* Translators: radioembolization.json $.sections[9].blocks[1].text. */
NC_("radioembolization", "You often have a CT or MRI scan about 3 months after treatment, and then every few months, to see how the tumors respond.");
/* Translators: radioembolization.json $.key_points[0] — one of the key points. */
NC_("radioembolization", "Tiny radioactive beads go into the artery that feeds your tumors.");
/* Translators: radioembolization.json $.key_points[1] — one of the key points. */
NC_("radioembolization", "A mapping test comes first, to plan the dose and protect other organs.");
/* Translators: radioembolization.json $.key_points[2] — one of the key points. */
NC_("radioembolization", "In large studies, Y-90 with chemotherapy did not help people live longer.");
/* Translators: radioembolization.json $.key_points[3] — one of the key points. */
NC_("radioembolization", "Follow your center's safety card for about a week at home.");
/* Translators: radioembolization.json $.key_points[4] — one of the key points. */
NC_("radioembolization", "Call if your skin turns yellow or your belly swells, even weeks later.");
/* Translators: radioembolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "What is the goal of Y-90 for me?");
/* Translators: radioembolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "What other treatments could I have instead, and how do they compare?");
/* Translators: radioembolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "When will I have the mapping test?");
/* Translators: radioembolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Will I stay in the hospital overnight after Y-90?");
/* Translators: radioembolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Which safety steps should I follow at home, and for how long?");
/* Translators: radioembolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "When will I have blood tests and scans afterward?");
/* Translators: radioembolization.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient to explain in their own words how the beads treat the tumors.");
/* Translators: radioembolization.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient which safety steps they will follow at home, and for how long.");
/* Translators: radioembolization.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient which signs mean they should call, including signs weeks later.");
/* Translators: radioembolization.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("radioembolization", "Radioembolization (Y-90)");
/* Translators: radioembolization.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Radioactive beads sent through a tube in an artery");
/* Translators: radioembolization.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Numbing medicine and medicine to help you relax");
/* Translators: radioembolization.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Same day or one night; centers differ");
/* Translators: radioembolization.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Most are back to normal in a few days");
/* Translators: radioembolization.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Varies; ask your team");
/* Translators: radioembolization.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Varies; ask your team");
/* Translators: radioembolization.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Tiredness, belly pain, nausea; rarely liver or stomach injury");

/* sbrt.json */

/* Translators: sbrt.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("sbrt", "SBRT (stereotactic body radiation therapy)");
/* Translators: sbrt.json $.subtitle — one line under the topic's title. */
NC_("sbrt", "Precise radiation beams aimed at liver tumors from outside the body.");
/* Translators: sbrt.json $.aliases[0]. */
NC_("sbrt", "SABR");
/* Translators: sbrt.json $.aliases[1]. */
NC_("sbrt", "stereotactic");
/* Translators: sbrt.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("sbrt", "Stereotactic body radiation therapy (SBRT) is a kind of radiation. Strong, precise beams hit the tumor from many angles. You have a few short sessions. You go home after each one. It may be used when surgery or ablation is not possible.");
/* Translators: sbrt.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("sbrt", "A drawing of the liver with several thin beams coming from different directions. The beams meet at the tumor. Beside it are four small pictures of what to do at home: a person resting in bed, a bottle of pills, two people side by side with a check mark, and a phone.");
/* Translators: sbrt.json $.illustration.caption — the caption under the picture. */
NC_("sbrt", "1 to 3: the treatment. 4 to 7: what to do at home.");
/* Translators: sbrt.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("sbrt", "Radiation beams from many angles");
/* Translators: sbrt.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("sbrt", "Tumor, where the beams meet");
/* Translators: sbrt.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("sbrt", "Liver");
/* Translators: sbrt.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("sbrt", "Rest when you need to.");
/* Translators: sbrt.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("sbrt", "Take the medicine your team gives you for nausea or pain.");
/* Translators: sbrt.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("sbrt", "You can be near other people. You are not radioactive.");
/* Translators: sbrt.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("sbrt", "Call your team if your belly swells or your skin turns yellow.");
/* Translators: sbrt.json $.sections[0].heading — a section heading. */
NC_("sbrt", "What it is");
/* Translators: sbrt.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "Stereotactic body radiation therapy ([[sbrt|SBRT]]) is a type of radiation therapy. It is also called SABR. A machine aims beams at the tumor from many angles. The beams meet at the tumor, so the tumor gets a high dose and the tissue around it gets a low dose.");
/* Translators: sbrt.json $.sections[0].blocks[1].text. */
NC_("sbrt", "The beams come from outside the body. The machine does not touch you, and you will not feel the beams. SBRT does not make you radioactive.");
/* Translators: sbrt.json $.sections[1].heading — a section heading. */
NC_("sbrt", "Who it may help");
/* Translators: sbrt.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "It may be used for a small number of liver tumors, when surgery or [[ablation|ablation]] is not possible. Many centers use it for up to about 5 tumors, each up to about 6 cm (about 2½ inches) across.");
/* Translators: sbrt.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "It is usually not used if your liver does not work well, if you are not well enough in general, if there are many tumors, or if the cancer has spread widely outside the liver. A [[radiation-oncologist|radiation oncologist]] will tell you whether SBRT may fit you.");
/* Translators: sbrt.json $.sections[2].heading — a section heading. */
NC_("sbrt", "How well it works");
/* Translators: sbrt.json $.sections[2].blocks[0].text. */
NC_("sbrt", "Doctors measure whether the treated tumor stays under control, which means it does not grow again. A review of 18 studies with 656 people with colorectal cancer in the liver found:");
/* Translators: sbrt.json $.sections[2].blocks[1].items[0]. */
NC_("sbrt", "After 1 year, the treated tumor was under control in about 67 in 100 people.");
/* Translators: sbrt.json $.sections[2].blocks[1].items[1]. */
NC_("sbrt", "After 2 years, it was under control in about 59 in 100.");
/* Translators: sbrt.json $.sections[2].blocks[1].items[2]. */
NC_("sbrt", "After 2 years, about 57 in 100 people were alive.");
/* Translators: sbrt.json $.sections[2].blocks[2].text. */
NC_("sbrt", "Results differed a lot between studies. Higher doses gave better control. There are no large trials yet that compare SBRT with surgery or ablation. New tumors can still grow in other parts of the liver or body.");
/* Translators: sbrt.json $.sections[3].heading — a section heading. */
NC_("sbrt", "Before");
/* Translators: sbrt.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "First you have a planning visit with a planning scan, often a [[ct-scan|CT scan]]. You may get small marks on your skin.");
/* Translators: sbrt.json $.sections[3].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "Some people first have [[fiducial-markers|tiny markers]] put in or near the tumor. The machine can follow them as you breathe, which helps the team aim the beams.");
/* Translators: sbrt.json $.sections[3].blocks[2].text. */
NC_("sbrt", "You may be asked not to eat or drink for a couple of hours before each scan and each session.");
/* Translators: sbrt.json $.sections[4].heading — a section heading. */
NC_("sbrt", "During");
/* Translators: sbrt.json $.sections[4].blocks[0].text. */
NC_("sbrt", "You often have SBRT in 3 to 5 sessions over 1 to 2 weeks. Each session can take up to an hour.");
/* Translators: sbrt.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "You lie still on a table. You do not need [[anaesthesia|anesthesia]]. The team may ask you to hold your breath or take shallow breaths, so the tumor stays in place. They can see and hear you the whole time.");
/* Translators: sbrt.json $.sections[4].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "You go home after each session. This is called [[outpatient|outpatient]] care.");
/* Translators: sbrt.json $.sections[5].heading — a section heading. */
NC_("sbrt", "After and recovery");
/* Translators: sbrt.json $.sections[5].blocks[0].text. */
NC_("sbrt", "Many people feel tired. Side effects usually start after the first few sessions and settle a few weeks after treatment ends. Many people are back to their usual activity within a few weeks.");
/* Translators: sbrt.json $.sections[6].heading — a section heading. */
NC_("sbrt", "Care at home");
/* Translators: sbrt.json $.sections[6].blocks[0].items[0]. */
NC_("sbrt", "Rest when you need to. Resting helps with tiredness.");
/* Translators: sbrt.json $.sections[6].blocks[0].items[1]. */
NC_("sbrt", "Take the medicine your team gives you for nausea or pain.");
/* Translators: sbrt.json $.sections[6].blocks[0].items[2]. */
NC_("sbrt", "You do not need to stay away from other people. You are not radioactive.");
/* Translators: sbrt.json $.sections[7].heading — a section heading. */
NC_("sbrt", "Side effects");
/* Translators: sbrt.json $.sections[7].blocks[0].text. */
NC_("sbrt", "Doctors use words like common and rare. Here is what the sources say:");
/* Translators: sbrt.json $.sections[7].blocks[1].items[0]. */
NC_("sbrt", "Tiredness: common, in most people");
/* Translators: sbrt.json $.sections[7].blocks[1].items[1]. */
NC_("sbrt", "Nausea or vomiting: uncommon");
/* Translators: sbrt.json $.sections[7].blocks[1].items[2]. */
NC_("sbrt", "Pain in the chest wall or ribs: uncommon. Rarely, a weak rib can break.");
/* Translators: sbrt.json $.sections[7].blocks[1].items[3]. */
NC_("sbrt", "A stomach or bowel ulcer with bleeding: very rare");
/* Translators: sbrt.json $.sections[7].blocks[1].items[4]. */
NC_("sbrt", "Serious liver damage from radiation, in the first 3 months: fewer than 5 in 100 people in one source, and about 9 in 100 in a review. It varies. Signs include a swollen belly and yellow skin.");
/* Translators: sbrt.json $.sections[8].heading — a section heading. */
NC_("sbrt", "When to call your care team");
/* Translators: sbrt.json $.sections[8].blocks[0].text. */
NC_("sbrt", "Call your care team right away if you have any of these signs.");
/* Translators: sbrt.json $.sections[8].blocks[1].items[0]. */
NC_("sbrt", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: sbrt.json $.sections[8].blocks[1].items[1]. */
NC_("sbrt", "A belly that swells");
/* Translators: sbrt.json $.sections[8].blocks[1].items[2]. */
NC_("sbrt", "Yellow skin or eyes");
/* Translators: sbrt.json $.sections[8].blocks[1].items[3]. */
NC_("sbrt", "Nausea or vomiting that does not stop");
/* Translators: sbrt.json $.sections[8].blocks[1].items[4]. */
NC_("sbrt", "New pain in your chest or ribs");
/* Translators: sbrt.json $.sections[8].blocks[1].items[5]. */
NC_("sbrt", "Vomiting blood, or black stools");
/* Translators: sbrt.json $.sections[8].blocks[2].text. */
NC_("sbrt", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: sbrt.json $.sections[9].heading — a section heading. */
NC_("sbrt", "Follow-up");
/* Translators: sbrt.json $.sections[9].blocks[0].text. */
NC_("sbrt", "After treatment, you have regular CT or MRI scans to see whether the treated tumor stays under control, and blood tests to check your liver. Ask your team when your first scan will be.");
/* Translators: sbrt.json $.key_points[0] — one of the key points. */
NC_("sbrt", "SBRT aims strong, precise beams at the tumor from many angles.");
/* Translators: sbrt.json $.key_points[1] — one of the key points. */
NC_("sbrt", "You often have 3 to 5 short sessions, and you go home after each one.");
/* Translators: sbrt.json $.key_points[2] — one of the key points. */
NC_("sbrt", "After 2 years, the treated tumor was under control in about 59 in 100 people.");
/* Translators: sbrt.json $.key_points[3] — one of the key points. */
NC_("sbrt", "Tiredness is the most common side effect.");
/* Translators: sbrt.json $.key_points[4] — one of the key points. */
NC_("sbrt", "Call if your belly swells or your skin turns yellow.");
/* Translators: sbrt.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "What is the goal of SBRT for me?");
/* Translators: sbrt.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "How does SBRT compare with surgery or ablation for my tumors?");
/* Translators: sbrt.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "How many sessions will I have, and over how many days?");
/* Translators: sbrt.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Will I need small markers put in first?");
/* Translators: sbrt.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Which side effects should I expect, and for how long?");
/* Translators: sbrt.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "When will I have scans to check the result?");
/* Translators: sbrt.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("sbrt", "Ask the patient to explain in their own words how SBRT reaches the tumor.");
/* Translators: sbrt.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("sbrt", "Ask the patient how many sessions they will have.");
/* Translators: sbrt.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("sbrt", "Ask the patient which signs mean they should call the care team.");
/* Translators: sbrt.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("sbrt", "SBRT (radiation)");
/* Translators: sbrt.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "Precise radiation beams from outside the body");
/* Translators: sbrt.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "None needed");
/* Translators: sbrt.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "None; you go home after each session");
/* Translators: sbrt.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "Tiredness may last a few weeks");
/* Translators: sbrt.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "Varies; ask your team");
/* Translators: sbrt.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "Usually used when surgery is not possible");
/* Translators: sbrt.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("sbrt", "Tiredness; less often nausea or rib pain");

/* second-opinion.json */

/* Translators: second-opinion.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("second-opinion", "Getting a second opinion");
/* Translators: second-opinion.json $.subtitle — one line under the topic's title. */
NC_("second-opinion", "Another expert look at your tests and your treatment plan.");
/* Translators: second-opinion.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("second-opinion", "A second opinion means another doctor looks at your tests and your treatment plan. It can help you feel sure about your choice, or show you other options. It is best to get one before you start treatment.");
/* Translators: second-opinion.json $.sections[0].heading — a section heading. */
NC_("second-opinion", "Why get a second opinion");
/* Translators: second-opinion.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("second-opinion", "A [[second-opinion|second opinion]] is a review of your case by another doctor or team. They may agree with your plan, or suggest something else.");
/* Translators: second-opinion.json $.sections[0].blocks[1].text. */
NC_("second-opinion", "Liver metastases can be hard to treat, and there are many options. Doctors do not always agree on whether tumors can be removed.");
/* Translators: second-opinion.json $.sections[0].blocks[2].text. */
NC_("second-opinion", "Experts say that only a surgeon with a lot of liver experience should decide that tumors cannot be removed. If you were told surgery is not possible, a second opinion can help you check this.");
/* Translators: second-opinion.json $.sections[1].heading — a section heading. */
NC_("second-opinion", "When to get one");
/* Translators: second-opinion.json $.sections[1].blocks[0].text. */
NC_("second-opinion", "The best time is before you start treatment. In most cases, a short wait to get a second opinion does not make treatment less likely to work. Ask your doctor how long you can safely wait.");
/* Translators: second-opinion.json $.sections[1].blocks[1].text. */
NC_("second-opinion", "You can also ask for a second opinion later, during treatment.");
/* Translators: second-opinion.json $.sections[1].blocks[2].text. */
NC_("second-opinion", "Many health plans pay for a second opinion, and some ask for one. Check with your plan about what it will pay for.");
/* Translators: second-opinion.json $.sections[2].heading — a section heading. */
NC_("second-opinion", "Where to go");
/* Translators: second-opinion.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("second-opinion", "Look for a team with a lot of liver experience. This is often a [[multidisciplinary-team|multidisciplinary team]]. It may include a liver surgeon, an [[oncologist|oncologist]], an [[interventional-radiologist|interventional radiologist]] and a [[radiation-oncologist|radiation oncologist]].");
/* Translators: second-opinion.json $.sections[2].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("second-opinion", "Many of these teams talk about each case at a [[tumour-board|tumor board]]. This is a meeting where the experts plan care together.");
/* Translators: second-opinion.json $.sections[2].blocks[2].text. */
NC_("second-opinion", "In the United States, NCI-designated cancer centers are one place to look. The National Cancer Institute (NCI) lists them on its website. Your doctor can also suggest someone.");
/* Translators: second-opinion.json $.sections[2].blocks[3].text. */
NC_("second-opinion", "NCI's contact center can help you find cancer centers, in English or Spanish. Call 1-800-4-CANCER (1-800-422-6237).");
/* Translators: second-opinion.json $.sections[3].heading — a section heading. */
NC_("second-opinion", "What to bring");
/* Translators: second-opinion.json $.sections[3].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("second-opinion", "Your [[pathology-report|pathology report]]");
/* Translators: second-opinion.json $.sections[3].blocks[0].items[1]. */
NC_("second-opinion", "Your scan images, and the written reports about them");
/* Translators: second-opinion.json $.sections[3].blocks[0].items[2]. */
NC_("second-opinion", "Records of the treatments you have had");
/* Translators: second-opinion.json $.sections[3].blocks[0].items[3]. */
NC_("second-opinion", "Your questions, written down");
/* Translators: second-opinion.json $.sections[4].heading — a section heading. */
NC_("second-opinion", "After the second opinion");
/* Translators: second-opinion.json $.sections[4].blocks[0].text. */
NC_("second-opinion", "Talk with your care team about what you learned. Then you can decide on your treatment together. You can also choose where you want to be treated.");
/* Translators: second-opinion.json $.sections[4].blocks[1].text. */
NC_("second-opinion", "Getting a second opinion is a normal part of cancer care.");
/* Translators: second-opinion.json $.key_points[0] — one of the key points. */
NC_("second-opinion", "A second opinion is another expert look at your tests and plan.");
/* Translators: second-opinion.json $.key_points[1] — one of the key points. */
NC_("second-opinion", "It is best to get one before you start treatment.");
/* Translators: second-opinion.json $.key_points[2] — one of the key points. */
NC_("second-opinion", "A liver team may see options that others did not.");
/* Translators: second-opinion.json $.key_points[3] — one of the key points. */
NC_("second-opinion", "Bring your pathology report, scans and treatment records.");
/* Translators: second-opinion.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("second-opinion", "Can you suggest a liver team for a second opinion?");
/* Translators: second-opinion.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("second-opinion", "How long can I safely wait before I start treatment?");
/* Translators: second-opinion.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("second-opinion", "Can you send my records and scans to the other team?");
/* Translators: second-opinion.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("second-opinion", "Has a surgeon with a lot of liver experience looked at my scans?");
/* Translators: second-opinion.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("second-opinion", "Has my case been talked about at a tumor board?");
/* Translators: second-opinion.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("second-opinion", "Ask the patient to explain in their own words why a second opinion may help.");
/* Translators: second-opinion.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("second-opinion", "Ask the patient which records they will bring.");
/* Translators: second-opinion.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("second-opinion", "Ask the patient when they plan to get the second opinion.");

/* surgery.json */

/* Translators: surgery.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("surgery", "Surgery");
/* Translators: surgery.json $.subtitle — one line under the topic's title. */
NC_("surgery", "Removing the part of the liver that has the tumors.");
/* Translators: surgery.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("surgery", "Surgery removes the part of the liver that has tumors. It is only possible if enough healthy liver can stay. About 1 in 5 people who had it were cured in one large study. It is a big operation, and the cancer often comes back.");
/* Translators: surgery.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("surgery", "A drawing of the liver with a round tumor in one part. A line shows where the surgeon cuts, so the part with the tumor is removed and the healthy part stays. Beside the liver are four small pictures of what to do at home: a dashed circle around a cut with stitches, a drain tube from the skin to a small bulb, a person walking, and a milk jug with a check mark next to a crossed-out heavy box.");
/* Translators: surgery.json $.illustration.caption — the caption under the picture. */
NC_("surgery", "1 to 3: the surgery. 4 to 7: what to do at home.");
/* Translators: surgery.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("surgery", "Part with the tumor (round spot), to be removed");
/* Translators: surgery.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("surgery", "Healthy liver that stays");
/* Translators: surgery.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("surgery", "Line where the surgeon cuts");
/* Translators: surgery.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("surgery", "Check your cut. Call your team if it is red, swollen or leaks.");
/* Translators: surgery.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("surgery", "A drain: your team shows you how to care for it.");
/* Translators: surgery.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("surgery", "Walk a little every day, a bit more each week.");
/* Translators: surgery.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("surgery", "No heavy lifting for about 6 to 8 weeks.");
/* Translators: surgery.json $.sections[0].heading — a section heading. */
NC_("surgery", "What it is");
/* Translators: surgery.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "In a liver [[resection|resection]], a surgeon removes the part of the liver that has the tumors. The aim is to take out all the tumors and keep as much healthy liver as possible.");
/* Translators: surgery.json $.sections[0].blocks[1].text. */
NC_("surgery", "The liver can grow back. After surgery, the part that stays grows larger to do the work of the whole liver. It takes longer to work fully again.");
/* Translators: surgery.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Surgery is used most when [[colorectal-cancer|colorectal cancer]] has spread to the liver, and the tumors are in one part or a few parts of the liver.");
/* Translators: surgery.json $.sections[1].heading — a section heading. */
NC_("surgery", "Who it may help");
/* Translators: surgery.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Tumors are [[resectable|resectable]] when a surgeon can take out all of them. [[future-liver-remnant|The healthy liver that stays]] must be big enough, with its blood supply and its bile drainage. It must include at least two [[liver-segment|liver segments]] that sit next to each other.");
/* Translators: surgery.json $.sections[1].blocks[1].text. */
NC_("surgery", "How much liver must stay depends on how healthy it is:");
/* Translators: surgery.json $.sections[1].blocks[2].items[0]. */
NC_("surgery", "A healthy liver: at least about 20 to 25 in 100 parts of the liver.");
/* Translators: surgery.json $.sections[1].blocks[2].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "After more than 3 months of [[chemotherapy|chemotherapy]]: about 30 in 100.");
/* Translators: surgery.json $.sections[1].blocks[2].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "With scarring of the liver ([[cirrhosis|cirrhosis]]): about 40 in 100.");
/* Translators: surgery.json $.sections[1].blocks[3].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "If the part that would stay is too small, [[portal-vein-embolization|portal vein embolization]] can help it grow first. If the tumors cannot be removed now, chemotherapy may shrink them so that surgery is possible later.");
/* Translators: surgery.json $.sections[1].blocks[4].text. */
NC_("surgery", "Surgery is usually not possible when:");
/* Translators: surgery.json $.sections[1].blocks[5].items[0]. */
NC_("surgery", "Tumors fill more than about 70 in 100 parts of the liver, or more than 6 segments.");
/* Translators: surgery.json $.sections[1].blocks[5].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Tumors grow into both main branches of the [[portal-vein|portal vein]], or into all the large veins that drain the liver.");
/* Translators: surgery.json $.sections[1].blocks[5].items[2]. */
NC_("surgery", "The cancer has also spread to places outside the liver that cannot be treated.");
/* Translators: surgery.json $.sections[1].blocks[5].items[3]. */
NC_("surgery", "You are not well enough for a major operation.");
/* Translators: surgery.json $.sections[1].blocks[6].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Only a surgeon with a lot of liver experience should decide that tumors cannot be removed. If you were told surgery is not possible, you can ask for a [[second-opinion|second opinion]].");
/* Translators: surgery.json $.sections[2].heading — a section heading. */
NC_("surgery", "How well it works");
/* Translators: surgery.json $.sections[2].blocks[0].text. */
NC_("surgery", "These results come from people with colorectal cancer that spread to the liver. Your own outlook depends on many things your team can explain.");
/* Translators: surgery.json $.sections[2].blocks[1].text. */
NC_("surgery", "A review of 60 studies looked at how many people were alive after surgery. It varied a lot between studies:");
/* Translators: surgery.json $.sections[2].blocks[2].items[0]. */
NC_("surgery", "After 5 years: between 16 and 74 in 100. In half of the studies it was more than 38 in 100, and in half it was less.");
/* Translators: surgery.json $.sections[2].blocks[2].items[1]. */
NC_("surgery", "After 10 years: between 9 and 69 in 100. In half of the studies it was more than 26 in 100, and in half it was less.");
/* Translators: surgery.json $.sections[2].blocks[3].text. */
NC_("surgery", "A newer study of 311 people treated up to 2012 found about 39 in 100 alive after 5 years, and 22 in 100 after 10 years.");
/* Translators: surgery.json $.sections[2].blocks[4].text. */
NC_("surgery", "Surgery can sometimes cure the cancer. A large study followed 1,211 people for more than 10 years. About 21 in 100 were cured: the cancer did not come back, or it came back and was removed again.");
/* Translators: surgery.json $.sections[2].blocks[5].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Small tumors: a study of 300 people compared surgery with [[ablation|ablation]], which destroys tumors with heat. All had tumors of 3 cm or less that surgery could remove. People lived just as long with ablation. Serious problems were less common with ablation: about 7 in 100, compared with about 20 in 100 after surgery.");
/* Translators: surgery.json $.sections[2].blocks[6].text. */
NC_("surgery", "Chemotherapy around surgery: a study of 364 people compared chemotherapy before and after surgery with surgery alone. After 3 years, the cancer had not grown or come back in about 35 in 100 with chemotherapy and about 28 in 100 without it. This difference could have been due to chance.");
/* Translators: surgery.json $.sections[2].blocks[7].text. */
NC_("surgery", "The same study followed people for about 8 years. It found no difference in how long people lived. The gap in how many were alive at 5 years was about 4 in 100, and this could also be chance.");
/* Translators: surgery.json $.sections[3].heading — a section heading. */
NC_("surgery", "Before");
/* Translators: surgery.json $.sections[3].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "You will have scans, such as a [[ct-scan|CT scan]] or an [[mri-scan|MRI scan]], and blood tests to plan the surgery.");
/* Translators: surgery.json $.sections[3].blocks[0].items[1]. */
NC_("surgery", "Your team may measure how much liver will stay.");
/* Translators: surgery.json $.sections[3].blocks[0].items[2]. */
NC_("surgery", "You may have chemotherapy first.");
/* Translators: surgery.json $.sections[3].blocks[0].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Ask which medicines to stop, such as a [[blood-thinner|blood thinner]]. Do not stop one unless your team tells you to.");
/* Translators: surgery.json $.sections[3].blocks[0].items[4]. */
NC_("surgery", "Try to eat well, sleep enough and stay active.");
/* Translators: surgery.json $.sections[3].blocks[0].items[5]. */
NC_("surgery", "If you smoke, your team can help you stop before surgery.");
/* Translators: surgery.json $.sections[4].heading — a section heading. */
NC_("surgery", "During");
/* Translators: surgery.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "You get general [[anaesthesia|anesthesia]], so you are asleep and feel no pain.");
/* Translators: surgery.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "The surgery may be open surgery, through one larger cut in the belly. Some people can have [[laparoscopic-surgery|laparoscopic (keyhole) surgery]]. The surgeon works through a few small cuts, with a camera. Ask your surgeon which kind you will have.");
/* Translators: surgery.json $.sections[4].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "The surgeon may use an [[ultrasound|ultrasound]] to find the tumors. Some people have ablation of some tumors during the same surgery.");
/* Translators: surgery.json $.sections[5].heading — a section heading. */
NC_("surgery", "After and recovery");
/* Translators: surgery.json $.sections[5].blocks[0].items[0]. */
NC_("surgery", "Most people are out of bed and eating within about a day.");
/* Translators: surgery.json $.sections[5].blocks[0].items[1]. */
NC_("surgery", "Most people stay in the hospital about 5 to 6 days after a large surgery, or 3 to 4 days after a small one.");
/* Translators: surgery.json $.sections[5].blocks[0].items[2]. */
NC_("surgery", "You will see your surgeon 1 to 2 weeks after you go home.");
/* Translators: surgery.json $.sections[5].blocks[0].items[3]. */
NC_("surgery", "Many people need 4 to 8 weeks to recover fully. It varies from person to person.");
/* Translators: surgery.json $.sections[5].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Expect to feel tired, and plan to rest at home. An [[oncologist|oncologist]] may also see you after surgery, for example to plan more chemotherapy.");
/* Translators: surgery.json $.sections[6].heading — a section heading. */
NC_("surgery", "Care at home");
/* Translators: surgery.json $.sections[6].blocks[0].text. */
NC_("surgery", "Your team will give you rules, and they differ between centers. Many centers ask:");
/* Translators: surgery.json $.sections[6].blocks[1].items[0]. */
NC_("surgery", "Walk a little every day, and slowly walk more each week.");
/* Translators: surgery.json $.sections[6].blocks[1].items[1]. */
NC_("surgery", "Do not lift heavy things for about 6 to 8 weeks. Some centers say nothing heavier than 10 to 15 pounds (about 5 to 7 kg), like a gallon of milk.");
/* Translators: surgery.json $.sections[6].blocks[1].items[2]. */
NC_("surgery", "Avoid hard exercise, such as jogging or weight lifting, until your team says it is fine.");
/* Translators: surgery.json $.sections[6].blocks[1].items[3]. */
NC_("surgery", "Do not drive while you take strong pain medicine, or until you can move fast without pain.");
/* Translators: surgery.json $.sections[6].blocks[1].items[4]. */
NC_("surgery", "Take showers if your team says so, but no baths for the first 2 weeks.");
/* Translators: surgery.json $.sections[6].blocks[1].items[5]. */
NC_("surgery", "Look at your cut. Call your team if it is red, swollen, warm, leaking or bleeding.");
/* Translators: surgery.json $.sections[6].blocks[1].items[6]. */
NC_("surgery", "Your team will tell you how to care for your cut and empty any drain.");
/* Translators: surgery.json $.sections[7].heading — a section heading. */
NC_("surgery", "Side effects");
/* Translators: surgery.json $.sections[7].blocks[0].text. */
NC_("surgery", "Common: almost everyone has a sore belly for about 1 to 2 weeks, and feels tired for some weeks. Some people have nausea or a low fever at first. The skin near the cut may stay numb.");
/* Translators: surgery.json $.sections[7].blocks[1].text. */
NC_("surgery", "Liver surgery is a major operation. In the study of small tumors, about 20 in 100 people had a serious problem after surgery. 3 of the 148 people who had surgery died from the treatment (about 2 in 100).");
/* Translators: surgery.json $.sections[7].blocks[2].items[0]. */
NC_("surgery", "Bile leak from the cut edge of the liver: about 4 to 17 in 100.");
/* Translators: surgery.json $.sections[7].blocks[2].items[1]. */
NC_("surgery", "The liver left behind does not work well enough for a time (liver failure): about 8 to 12 in 100. It can be very serious.");
/* Translators: surgery.json $.sections[7].blocks[2].items[2]. */
NC_("surgery", "Bleeding after surgery: fewer than 3 in 100 at experienced centers.");
/* Translators: surgery.json $.sections[7].blocks[2].items[3]. */
NC_("surgery", "Infection of the cut, blood clots or a lung infection can also happen. How often varies between studies.");
/* Translators: surgery.json $.sections[7].blocks[3].text. */
NC_("surgery", "The cancer often comes back. In one study of 311 people, it came back in about 67 in 100. It can often be treated again, for example with more surgery or ablation.");
/* Translators: surgery.json $.sections[8].heading — a section heading. */
NC_("surgery", "When to call your care team");
/* Translators: surgery.json $.sections[8].blocks[0].text. */
NC_("surgery", "Call your care team right away if you have any of these signs.");
/* Translators: surgery.json $.sections[8].blocks[1].items[0]. */
NC_("surgery", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: surgery.json $.sections[8].blocks[1].items[1]. */
NC_("surgery", "Pain that gets worse, or that your pain medicine does not help");
/* Translators: surgery.json $.sections[8].blocks[1].items[2]. */
NC_("surgery", "Redness, swelling, warmth or fluid at your cut");
/* Translators: surgery.json $.sections[8].blocks[1].items[3]. */
NC_("surgery", "Bleeding from your cut, or a cut that opens");
/* Translators: surgery.json $.sections[8].blocks[1].items[4]. */
NC_("surgery", "Yellow skin or eyes");
/* Translators: surgery.json $.sections[8].blocks[1].items[5]. */
NC_("surgery", "Swelling or pain in one leg");
/* Translators: surgery.json $.sections[8].blocks[1].items[6]. */
NC_("surgery", "Nausea or vomiting that does not stop");
/* Translators: surgery.json $.sections[8].blocks[2].text. */
NC_("surgery", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: surgery.json $.sections[9].heading — a section heading. */
NC_("surgery", "Follow-up");
/* Translators: surgery.json $.sections[9].blocks[0].text. */
NC_("surgery", "There is no single standard schedule after surgery for cancer that has spread. Ask your team for your own plan in writing.");
/* Translators: surgery.json $.sections[9].blocks[1].items[0]. */
NC_("surgery", "A visit and a carcinoembryonic antigen (CEA) blood test, often every 3 to 6 months for the first years.");
/* Translators: surgery.json $.sections[9].blocks[1].items[1]. */
NC_("surgery", "CT scans of the chest and belly, often once a year or more for the first 3 years.");
/* Translators: surgery.json $.sections[9].blocks[1].items[2]. */
NC_("surgery", "More tests if your team thinks the cancer may have come back.");
/* Translators: surgery.json $.sections[9].blocks[2].text. */
NC_("surgery", "Follow-up is most important in the first 5 years, when the cancer is most likely to come back. Finding it early can mean more treatment choices.");
/* Translators: surgery.json $.key_points[0] — one of the key points. */
NC_("surgery", "Surgery removes the part of the liver that has the tumors.");
/* Translators: surgery.json $.key_points[1] — one of the key points. */
NC_("surgery", "Enough healthy liver must stay for surgery to be safe.");
/* Translators: surgery.json $.key_points[2] — one of the key points. */
NC_("surgery", "Surgery can cure some people, but the cancer often comes back.");
/* Translators: surgery.json $.key_points[3] — one of the key points. */
NC_("surgery", "For small tumors, heat treatment (ablation) worked as well, with fewer problems.");
/* Translators: surgery.json $.key_points[4] — one of the key points. */
NC_("surgery", "Most people stay in the hospital 3 to 6 days.");
/* Translators: surgery.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Can all my tumors be removed?");
/* Translators: surgery.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "How much of my liver will stay after surgery?");
/* Translators: surgery.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Could ablation work as well as surgery for my tumors?");
/* Translators: surgery.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Will I have chemotherapy before or after surgery, and what do you expect it to do?");
/* Translators: surgery.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Will I have open or laparoscopic (keyhole) surgery?");
/* Translators: surgery.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "How long will I stay in the hospital, and when can I lift things and drive?");
/* Translators: surgery.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("surgery", "Ask the patient to explain in their own words why enough healthy liver must stay.");
/* Translators: surgery.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("surgery", "Ask the patient what the main risks of the surgery are.");
/* Translators: surgery.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("surgery", "Ask the patient which signs mean they should call the care team.");
/* Translators: surgery.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("surgery", "Surgery");
/* Translators: surgery.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "An operation to remove part of the liver");
/* Translators: surgery.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "General anesthesia, so you are asleep");
/* Translators: surgery.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "About 3 to 6 days");
/* Translators: surgery.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "Often 4 to 8 weeks");
/* Translators: surgery.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "Sometimes, if the cancer comes back");
/* Translators: surgery.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "This is the surgery. Ablation can be done during it.");
/* Translators: surgery.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "Belly pain, tiredness; serious problems in about 20 in 100");

/* systemic-treatment.json */

/* Translators: systemic-treatment.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("systemic-treatment", "Whole-body (systemic) treatment");
/* Translators: systemic-treatment.json $.subtitle — one line under the topic's title. */
NC_("systemic-treatment", "Medicine that travels in the blood to reach cancer cells all over the body.");
/* Translators: systemic-treatment.json $.aliases[0]. */
NC_("systemic-treatment", "chemo");
/* Translators: systemic-treatment.json $.aliases[1]. */
NC_("systemic-treatment", "chemotherapy");
/* Translators: systemic-treatment.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("systemic-treatment", "Whole-body treatment is medicine that travels in your blood. It reaches cancer cells all over your body. It is the main treatment for most people with liver metastases. The drugs you get depend on where the cancer started and on tests of your tumor.");
/* Translators: systemic-treatment.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("systemic-treatment", "A drawing of a person's body with the heart and the blood vessels. Medicine goes into a vein in the arm and travels with the blood to the liver and to the rest of the body. Beside it are four small pictures of what to do at home: a thermometer, a phone with a sun and a moon, a tap with water over two hands, and a hospital with a speech bubble.");
/* Translators: systemic-treatment.json $.illustration.caption — the caption under the picture. */
NC_("systemic-treatment", "1 to 4: how the medicine travels. 5 to 8: what to do at home.");
/* Translators: systemic-treatment.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Medicine going into a vein in the arm");
/* Translators: systemic-treatment.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Heart: pumps the blood and the medicine around the body");
/* Translators: systemic-treatment.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Liver with tumors (metastases)");
/* Translators: systemic-treatment.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Blood vessels carry the medicine to the rest of the body");
/* Translators: systemic-treatment.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Take your temperature if you feel warm, chilled or unwell.");
/* Translators: systemic-treatment.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Keep your team's phone numbers with you, day and night.");
/* Translators: systemic-treatment.json $.illustration.legend[6] — names one numbered marker in the picture. */
NC_("systemic-treatment", "Wash your hands often. Stay away from people who are sick.");
/* Translators: systemic-treatment.json $.illustration.legend[7] — names one numbered marker in the picture. */
NC_("systemic-treatment", "In an emergency room, say you get cancer treatment.");
/* Translators: systemic-treatment.json $.sections[0].heading — a section heading. */
NC_("systemic-treatment", "What it is");
/* Translators: systemic-treatment.json $.sections[0].blocks[0].text. */
NC_("systemic-treatment", "Whole-body treatment is medicine that travels in your blood. It can reach cancer cells almost anywhere in your body, including the liver. Doctors call it systemic treatment.");
/* Translators: systemic-treatment.json $.sections[0].blocks[1].text. */
NC_("systemic-treatment", "For most people with liver metastases, it is the main treatment. Surgery or treatments aimed at the liver may be added for some people.");
/* Translators: systemic-treatment.json $.sections[0].blocks[2].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "[[chemotherapy|Chemotherapy]]: medicine that kills cancer cells or stops them from growing.");
/* Translators: systemic-treatment.json $.sections[0].blocks[2].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "[[targeted-therapy|Targeted drugs]]: medicines that act on certain changes in the cancer cells.");
/* Translators: systemic-treatment.json $.sections[0].blocks[2].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "[[immunotherapy|Immunotherapy]]: medicine that helps your immune system fight the cancer.");
/* Translators: systemic-treatment.json $.sections[0].blocks[2].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "[[hormone-therapy|Hormone therapy]]: medicine that blocks the hormones that some cancers need to grow, such as many breast cancers.");
/* Translators: systemic-treatment.json $.sections[0].blocks[2].items[4].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "For [[neuroendocrine-tumour|neuroendocrine tumors]]: [[somatostatin-analogue|somatostatin drugs]], and [[prrt|peptide receptor radionuclide therapy (PRRT)]], a medicine that carries radiation to the tumor cells.");
/* Translators: systemic-treatment.json $.sections[0].blocks[3].text. */
NC_("systemic-treatment", "Before your team chooses a drug, they may test a sample of the tumor. For colorectal cancer, the tests look at genes called RAS, BRAF and HER2. They also look for a change called high microsatellite instability (MSI-high), or mismatch repair deficiency. The results show which drugs may help.");
/* Translators: systemic-treatment.json $.sections[1].heading — a section heading. */
NC_("systemic-treatment", "Who it may help");
/* Translators: systemic-treatment.json $.sections[1].blocks[0].text. */
NC_("systemic-treatment", "It can help people with liver metastases from many kinds of cancer. The aim is often to control the cancer for as long as possible and to ease symptoms.");
/* Translators: systemic-treatment.json $.sections[1].blocks[1].text. */
NC_("systemic-treatment", "It may be given before liver surgery to help the operation succeed. It may also be given after surgery to lower the chance that the cancer comes back.");
/* Translators: systemic-treatment.json $.sections[1].blocks[2].text. */
NC_("systemic-treatment", "Which drugs fit you depends on where the cancer started and on the tests of your tumor.");
/* Translators: systemic-treatment.json $.sections[1].blocks[3].items[0]. */
NC_("systemic-treatment", "Some drugs do not work for some tumors. For colorectal cancer, the drugs cetuximab and panitumumab may help only when the tumor has no change in the RAS genes.");
/* Translators: systemic-treatment.json $.sections[1].blocks[3].items[1]. */
NC_("systemic-treatment", "Hormone therapy does not help breast cancers that have no hormone receptors.");
/* Translators: systemic-treatment.json $.sections[1].blocks[3].items[2]. */
NC_("systemic-treatment", "Some drugs are only for people who are well enough to have them. Your team looks at your general health first.");
/* Translators: systemic-treatment.json $.sections[2].heading — a section heading. */
NC_("systemic-treatment", "How well it works");
/* Translators: systemic-treatment.json $.sections[2].blocks[0].text. */
NC_("systemic-treatment", "How well it works differs a lot from one type of cancer to another, and from person to person. The studies below are examples. They cannot tell you what will happen to you.");
/* Translators: systemic-treatment.json $.sections[2].blocks[1].text. */
NC_("systemic-treatment", "Colorectal cancer with the MSI-high change: a large study of 307 people compared the immunotherapy drug pembrolizumab with chemotherapy. With immunotherapy, half of people went 16.5 months or more before the cancer grew, and half less. With chemotherapy, this time was 8.2 months.");
/* Translators: systemic-treatment.json $.sections[2].blocks[2].text. */
NC_("systemic-treatment", "In the same study, the final report found no clear difference in how long people lived. Many people who had chemotherapy switched to immunotherapy later, which may explain this.");
/* Translators: systemic-treatment.json $.sections[2].blocks[3].text. */
NC_("systemic-treatment", "Neuroendocrine tumors of the small bowel: a study of 229 people compared PRRT with a higher dose of a somatostatin drug alone. The tumors shrank in about 18 in 100 people with PRRT, and in about 3 in 100 without it. Without PRRT, half of people had tumor growth within about 8.4 months. With PRRT, the tumors stayed under control much longer.");
/* Translators: systemic-treatment.json $.sections[2].blocks[4].text. */
NC_("systemic-treatment", "Somatostatin drugs for neuroendocrine tumors: in a review of many studies, the tumors shrank in 0 to 31 in 100 people. They stopped growing for a time in 15 to 89 in 100. In one trial, the tumors had not grown after 6 months in 67 in 100 people.");
/* Translators: systemic-treatment.json $.sections[2].blocks[5].text. */
NC_("systemic-treatment", "For advanced colorectal cancer, targeted drugs given with chemotherapy can often help people live longer.");
/* Translators: systemic-treatment.json $.sections[3].heading — a section heading. */
NC_("systemic-treatment", "Before");
/* Translators: systemic-treatment.json $.sections[3].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "You meet a medical [[oncologist|oncologist]], a doctor who treats cancer with medicine.");
/* Translators: systemic-treatment.json $.sections[3].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "You have blood tests to check your blood counts and how well your liver is working. You may also have scans, such as a [[ct-scan|CT scan]].");
/* Translators: systemic-treatment.json $.sections[3].blocks[0].items[2]. */
NC_("systemic-treatment", "Your team may test a sample of the tumor to choose the drugs.");
/* Translators: systemic-treatment.json $.sections[3].blocks[0].items[3]. */
NC_("systemic-treatment", "Tell your team about all the medicines, vitamins and herbal products you take.");
/* Translators: systemic-treatment.json $.sections[4].heading — a section heading. */
NC_("systemic-treatment", "During");
/* Translators: systemic-treatment.json $.sections[4].blocks[0].items[0]. */
NC_("systemic-treatment", "Medicine may be given as a drip into a vein, as pills, or as a shot.");
/* Translators: systemic-treatment.json $.sections[4].blocks[0].items[1]. */
NC_("systemic-treatment", "Many drugs are given every 2 or 3 weeks, with time to rest in between.");
/* Translators: systemic-treatment.json $.sections[4].blocks[0].items[2]. */
NC_("systemic-treatment", "Somatostatin drugs are often a shot every 4 weeks.");
/* Translators: systemic-treatment.json $.sections[4].blocks[0].items[3]. */
NC_("systemic-treatment", "PRRT is often given as 4 drips into a vein, about 8 weeks apart.");
/* Translators: systemic-treatment.json $.sections[5].heading — a section heading. */
NC_("systemic-treatment", "After and recovery");
/* Translators: systemic-treatment.json $.sections[5].blocks[0].text. */
NC_("systemic-treatment", "Your team will tell you how long each visit takes and when you can go home. Treatment often goes on for months. Your team may change the drugs if the cancer grows or the side effects are too hard.");
/* Translators: systemic-treatment.json $.sections[6].heading — a section heading. */
NC_("systemic-treatment", "Care at home");
/* Translators: systemic-treatment.json $.sections[6].blocks[0].text. */
NC_("systemic-treatment", "Your team will tell you how to care for yourself at home. Many centers ask you to do these things.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[0]. */
NC_("systemic-treatment", "Keep a working thermometer at home. Take your temperature when you feel warm, chilled or unwell.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[1]. */
NC_("systemic-treatment", "Keep your team's phone numbers with you, for day and night.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[2]. */
NC_("systemic-treatment", "Ask your team when your blood counts are likely to be lowest. This is when you are most at risk of infection.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[3]. */
NC_("systemic-treatment", "Wash your hands often, and stay away from people who are sick.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[4]. */
NC_("systemic-treatment", "If you go to an emergency room, say that you are getting cancer treatment.");
/* Translators: systemic-treatment.json $.sections[6].blocks[1].items[5]. */
NC_("systemic-treatment", "After PRRT, your team will tell you how to protect other people from the radiation.");
/* Translators: systemic-treatment.json $.sections[7].heading — a section heading. */
NC_("systemic-treatment", "Side effects");
/* Translators: systemic-treatment.json $.sections[7].blocks[0].text. */
NC_("systemic-treatment", "Side effects depend on the drug. Your team will tell you what to expect from yours.");
/* Translators: systemic-treatment.json $.sections[7].blocks[1].items[0]. */
NC_("systemic-treatment", "Serious side effects: in the study of 307 people above, about 67 in 100 people who had chemotherapy had a serious side effect, and about 22 in 100 who had immunotherapy.");
/* Translators: systemic-treatment.json $.sections[7].blocks[1].items[1]. */
NC_("systemic-treatment", "Common with chemotherapy and many targeted drugs: tiredness, diarrhea, mouth sores, and low blood counts that raise the risk of infection.");
/* Translators: systemic-treatment.json $.sections[7].blocks[1].items[2]. */
NC_("systemic-treatment", "Drugs that block blood vessel growth, such as bevacizumab: high blood pressure is common. Blood clots, heavy bleeding and a hole in the bowel are rare but serious.");
/* Translators: systemic-treatment.json $.sections[7].blocks[1].items[3]. */
NC_("systemic-treatment", "PRRT: a serious drop in blood counts in about 1 to 9 in 100 people. Later on, a blood cancer called leukemia in fewer than 1 in 100, and a bone marrow problem in about 1 to 2 in 100.");
/* Translators: systemic-treatment.json $.sections[7].blocks[1].items[4]. */
NC_("systemic-treatment", "Hormone therapy and somatostatin drugs: the side effects depend on the drug. Ask your team what is most likely for you.");
/* Translators: systemic-treatment.json $.sections[8].heading — a section heading. */
NC_("systemic-treatment", "When to call your care team");
/* Translators: systemic-treatment.json $.sections[8].blocks[0].text. */
NC_("systemic-treatment", "Call your care team right away if you have any of these signs.");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[0]. */
NC_("systemic-treatment", "A fever: a temperature of 100.4°F (38°C) or higher, or the temperature your care team gave you.");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[1]. */
NC_("systemic-treatment", "Shaking chills, or you suddenly feel very unwell");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[2]. */
NC_("systemic-treatment", "A new cough or shortness of breath");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[3]. */
NC_("systemic-treatment", "Diarrhea or vomiting that does not stop, or you cannot drink");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[4]. */
NC_("systemic-treatment", "Redness, swelling or pus on your skin, or a new rash");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[5]. */
NC_("systemic-treatment", "Burning or pain when you pass urine");
/* Translators: systemic-treatment.json $.sections[8].blocks[1].items[6]. */
NC_("systemic-treatment", "Bleeding or bruising that is not normal for you");
/* Translators: systemic-treatment.json $.sections[8].blocks[2].text. */
NC_("systemic-treatment", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: systemic-treatment.json $.sections[9].heading — a section heading. */
NC_("systemic-treatment", "Follow-up");
/* Translators: systemic-treatment.json $.sections[9].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("systemic-treatment", "You have scans, such as a [[ct-scan|CT scan]] or an MRI, to see whether the tumors are shrinking, staying the same or growing. In the studies above, scans were done about every 12 weeks. Your team will set your own schedule.");
/* Translators: systemic-treatment.json $.sections[9].blocks[1].text. */
NC_("systemic-treatment", "You also have blood tests to check your blood counts and your liver. If the cancer grows, your team may talk with you about other drugs or other treatments.");
/* Translators: systemic-treatment.json $.key_points[0] — one of the key points. */
NC_("systemic-treatment", "Whole-body treatment is medicine that travels in the blood.");
/* Translators: systemic-treatment.json $.key_points[1] — one of the key points. */
NC_("systemic-treatment", "It is the main treatment for most people with liver metastases.");
/* Translators: systemic-treatment.json $.key_points[2] — one of the key points. */
NC_("systemic-treatment", "Tests on your tumor help your team choose the drugs.");
/* Translators: systemic-treatment.json $.key_points[3] — one of the key points. */
NC_("systemic-treatment", "How well it works depends on the type of cancer.");
/* Translators: systemic-treatment.json $.key_points[4] — one of the key points. */
NC_("systemic-treatment", "Call your team right away if you have a fever.");
/* Translators: systemic-treatment.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "What is the goal of my treatment?");
/* Translators: systemic-treatment.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "Which tests were done on my tumor, and what did they show?");
/* Translators: systemic-treatment.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "Which drugs will I get, and how often?");
/* Translators: systemic-treatment.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "Which side effects should I watch for, and whom do I call?");
/* Translators: systemic-treatment.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "How will we know if the treatment is working?");
/* Translators: systemic-treatment.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("systemic-treatment", "Could surgery, a treatment aimed at the liver, or a clinical trial be part of my plan?");
/* Translators: systemic-treatment.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("systemic-treatment", "Ask the patient to explain in their own words how the medicine reaches tumors all over the body.");
/* Translators: systemic-treatment.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("systemic-treatment", "Ask the patient which temperature means they should call the care team.");
/* Translators: systemic-treatment.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("systemic-treatment", "Ask the patient how they will know whether the treatment is working.");
/* Translators: systemic-treatment.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("systemic-treatment", "Whole-body treatment");
/* Translators: systemic-treatment.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Medicine by drip into a vein, as pills or as shots");
/* Translators: systemic-treatment.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "None needed");
/* Translators: systemic-treatment.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Often none: a clinic visit, or pills at home");
/* Translators: systemic-treatment.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Treatment often goes on for months, with rest between doses");
/* Translators: systemic-treatment.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Yes; the drugs may be changed if the cancer grows");
/* Translators: systemic-treatment.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Yes, before or after surgery, for some people");
/* Translators: systemic-treatment.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("systemic-treatment", "Depends on the drug: often tiredness, diarrhea, low blood counts");

/* tests-and-scans.json */

/* Translators: tests-and-scans.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("tests-and-scans", "Tests and scans");
/* Translators: tests-and-scans.json $.subtitle — one line under the topic's title. */
NC_("tests-and-scans", "What each test is for, how it feels, and how to get ready.");
/* Translators: tests-and-scans.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("tests-and-scans", "Scans take pictures of the inside of your body. Blood tests and a small piece of the tumor tell your team more. Together, they help your team plan your care.");
/* Translators: tests-and-scans.json $.sections[0].heading — a section heading. */
NC_("tests-and-scans", "Why you need tests");
/* Translators: tests-and-scans.json $.sections[0].blocks[0].text. */
NC_("tests-and-scans", "Tests show where the cancer is, how big it is, and how your liver is working. They also show if a treatment is working. Your team uses them to choose your treatment.");
/* Translators: tests-and-scans.json $.sections[1].heading — a section heading. */
NC_("tests-and-scans", "CT scan");
/* Translators: tests-and-scans.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "A computed tomography ([[ct-scan|CT scan]]) uses X-rays and a computer to make detailed pictures. You lie on a table that moves through a ring-shaped machine. You need to lie still and sometimes hold your breath.");
/* Translators: tests-and-scans.json $.sections[1].blocks[1].items[0]. */
NC_("tests-and-scans", "You often get a dye (contrast) through a thin tube in a vein. It may feel warm or leave a metal taste in your mouth for a short time.");
/* Translators: tests-and-scans.json $.sections[1].blocks[1].items[1]. */
NC_("tests-and-scans", "Some centers ask you not to eat for a few hours before. Your team will tell you.");
/* Translators: tests-and-scans.json $.sections[1].blocks[1].items[2]. */
NC_("tests-and-scans", "Tell your team if you have had a reaction to contrast, or have kidney problems, diabetes or asthma.");
/* Translators: tests-and-scans.json $.sections[1].blocks[1].items[3]. */
NC_("tests-and-scans", "The scan itself often takes about 10 to 15 minutes.");
/* Translators: tests-and-scans.json $.sections[2].heading — a section heading. */
NC_("tests-and-scans", "MRI scan");
/* Translators: tests-and-scans.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "A magnetic resonance imaging ([[mri-scan|MRI scan]]) uses strong magnets and radio waves, not X-rays. It makes detailed pictures of the liver and the other organs in your belly. You lie on a table that slides into a tube. The machine is loud, so you get earplugs or headphones. The scan often takes 30 to 60 minutes.");
/* Translators: tests-and-scans.json $.sections[2].blocks[1].text. */
NC_("tests-and-scans", "The magnet is very strong. Before an MRI, tell your team about any metal or device in your body, such as a pacemaker, a pump, clips or implants. No metal objects may go into the scanner room. Your team will tell you if an MRI is safe for you.");
/* Translators: tests-and-scans.json $.sections[3].heading — a section heading. */
NC_("tests-and-scans", "PET-CT scan");
/* Translators: tests-and-scans.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "A positron emission tomography ([[pet-ct-scan|PET-CT scan]]) shows where cells are more active than normal. Cancer cells often are. You get a shot of a tracer, most often a kind of sugar with a small amount of radioactivity. You rest for about an hour while it spreads through your body. Then you lie still in the scanner.");
/* Translators: tests-and-scans.json $.sections[3].blocks[1].items[0]. */
NC_("tests-and-scans", "Many centers ask you to eat nothing for about 6 hours before. You can usually drink plain water.");
/* Translators: tests-and-scans.json $.sections[3].blocks[1].items[1]. */
NC_("tests-and-scans", "If you have diabetes, ask your team how to prepare and how to take your medicine that day.");
/* Translators: tests-and-scans.json $.sections[3].blocks[1].items[2]. */
NC_("tests-and-scans", "The scan itself often takes 30 to 60 minutes. Afterwards, drinking water may help the tracer leave your body.");
/* Translators: tests-and-scans.json $.sections[4].heading — a section heading. */
NC_("tests-and-scans", "Ultrasound");
/* Translators: tests-and-scans.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "An [[ultrasound|ultrasound]] uses sound waves to make pictures. A gel and a small wand go over your skin. It does not hurt. Doctors also use it to guide a needle during a biopsy or an ablation.");
/* Translators: tests-and-scans.json $.sections[5].heading — a section heading. */
NC_("tests-and-scans", "Biopsy");
/* Translators: tests-and-scans.json $.sections[5].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "A [[biopsy|biopsy]] takes a small piece of tissue with a thin needle. A doctor looks at it under a microscope. It shows what kind of cancer it is. The tissue can also be used for biomarker tests (see below).");
/* Translators: tests-and-scans.json $.sections[5].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "You get medicine to numb the skin. The needle part is only a little uncomfortable. Most of the discomfort comes from lying still for a few hours after, to prevent bleeding. Your team will tell you if you need to stop a [[blood-thinner|blood thinner]] first.");
/* Translators: tests-and-scans.json $.sections[5].blocks[2].items[0]. */
NC_("tests-and-scans", "Pain for a short time: about 13 in 100 people.");
/* Translators: tests-and-scans.json $.sections[5].blocks[2].items[1]. */
NC_("tests-and-scans", "Serious bleeding: about 5 in 1,000 biopsies.");
/* Translators: tests-and-scans.json $.sections[5].blocks[2].items[2]. */
NC_("tests-and-scans", "Death: about 1 in 10,000 biopsies.");
/* Translators: tests-and-scans.json $.sections[5].blocks[3].text. */
NC_("tests-and-scans", "These numbers come from a review of 30 studies with 64,356 liver biopsies, mostly in people with other liver diseases. Your risk may be different. Ask your team.");
/* Translators: tests-and-scans.json $.sections[6].heading — a section heading. */
NC_("tests-and-scans", "Liver blood tests");
/* Translators: tests-and-scans.json $.sections[6].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "[[liver-function-tests|Liver function tests]] are blood tests. They measure things your liver makes or clears, such as enzymes (ALT, AST, ALP), bilirubin and albumin. They show how well your liver works before and after treatment.");
/* Translators: tests-and-scans.json $.sections[7].heading — a section heading. */
NC_("tests-and-scans", "CEA and other tumor markers");
/* Translators: tests-and-scans.json $.sections[7].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "A [[tumour-marker|tumor marker]] is a substance in the blood that cancer cells can make. Carcinoembryonic antigen (CEA) is the one used most in colorectal cancer. Others include CA 19-9 in pancreatic and bile duct cancers, CA 15-3 in breast cancer and CA-125 in ovarian cancer.");
/* Translators: tests-and-scans.json $.sections[7].blocks[1].text. */
NC_("tests-and-scans", "A rising CEA can be a sign that colorectal cancer has come back. But other health problems can raise CEA too, and CEA can be normal even when there is cancer. So your team looks at it together with your scans.");
/* Translators: tests-and-scans.json $.sections[8].heading — a section heading. */
NC_("tests-and-scans", "Tumor gene and biomarker tests");
/* Translators: tests-and-scans.json $.sections[8].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("tests-and-scans", "[[biomarker-test|Biomarker tests]] look for changes in the tumor's genes or proteins. They are done on tumor tissue, and sometimes on blood. The results help your team choose medicines that are more likely to work, and avoid ones that will not.");
/* Translators: tests-and-scans.json $.sections[8].blocks[1].items[0]. */
NC_("tests-and-scans", "RAS (KRAS and NRAS): if these genes are changed, some targeted drugs will not work.");
/* Translators: tests-and-scans.json $.sections[8].blocks[1].items[1]. */
NC_("tests-and-scans", "BRAF: one change in this gene points to its own treatment plan.");
/* Translators: tests-and-scans.json $.sections[8].blocks[1].items[2]. */
NC_("tests-and-scans", "HER2: tumors with extra HER2 may respond to drugs aimed at HER2.");
/* Translators: tests-and-scans.json $.sections[8].blocks[1].items[3]. */
NC_("tests-and-scans", "Microsatellite instability (MSI) or mismatch repair (MMR): experts advise this test for every colorectal cancer. Tumors with high MSI may respond well to immunotherapy.");
/* Translators: tests-and-scans.json $.key_points[0] — one of the key points. */
NC_("tests-and-scans", "CT, MRI and PET-CT scans show where the cancer is and how big it is.");
/* Translators: tests-and-scans.json $.key_points[1] — one of the key points. */
NC_("tests-and-scans", "Before an MRI, tell your team about any metal in your body.");
/* Translators: tests-and-scans.json $.key_points[2] — one of the key points. */
NC_("tests-and-scans", "A biopsy is safe for most people. Serious bleeding happens in about 5 in 1,000.");
/* Translators: tests-and-scans.json $.key_points[3] — one of the key points. */
NC_("tests-and-scans", "CEA is a blood test. Your team reads it together with your scans.");
/* Translators: tests-and-scans.json $.key_points[4] — one of the key points. */
NC_("tests-and-scans", "Tumor gene tests help choose the medicines most likely to work.");
/* Translators: tests-and-scans.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("tests-and-scans", "Which tests do I need, and what will each one tell us?");
/* Translators: tests-and-scans.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("tests-and-scans", "How do I get ready for each test? Can I eat, and can I take my medicines?");
/* Translators: tests-and-scans.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("tests-and-scans", "Has my tumor been tested for RAS, BRAF, HER2 and MSI? What do the results mean for me?");
/* Translators: tests-and-scans.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("tests-and-scans", "What is my CEA level, and how will you use it?");
/* Translators: tests-and-scans.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("tests-and-scans", "When and how will I get my results?");
/* Translators: tests-and-scans.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("tests-and-scans", "Ask the patient what they will do to get ready for their next scan.");
/* Translators: tests-and-scans.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("tests-and-scans", "Ask the patient what they must tell the team before an MRI.");
/* Translators: tests-and-scans.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("tests-and-scans", "Ask the patient to explain in their own words why CEA is read together with scans.");

/* what-are-liver-metastases.json */

/* Translators: what-are-liver-metastases.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("what-are-liver-metastases", "What are liver metastases?");
/* Translators: what-are-liver-metastases.json $.subtitle — one line under the topic's title. */
NC_("what-are-liver-metastases", "Cancer that started in another part of the body and spread to the liver.");
/* Translators: what-are-liver-metastases.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("what-are-liver-metastases", "Liver metastases are tumors in the liver made of cancer cells that came from somewhere else. The cancer keeps the name of the place where it started. Many people have no signs of it at first.");
/* Translators: what-are-liver-metastases.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("what-are-liver-metastases", "A drawing of the liver with its two main blood vessels, the hepatic artery and the portal vein. A few tumors are shown inside the liver.");
/* Translators: what-are-liver-metastases.json $.illustration.caption — the caption under the picture. */
NC_("what-are-liver-metastases", "The liver gets blood from two main blood vessels.");
/* Translators: what-are-liver-metastases.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("what-are-liver-metastases", "Liver");
/* Translators: what-are-liver-metastases.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("what-are-liver-metastases", "Hepatic artery: brings blood rich in oxygen from the heart");
/* Translators: what-are-liver-metastases.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("what-are-liver-metastases", "Portal vein: brings blood from the stomach and bowel");
/* Translators: what-are-liver-metastases.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("what-are-liver-metastases", "Tumors (metastases)");
/* Translators: what-are-liver-metastases.json $.sections[0].heading — a section heading. */
NC_("what-are-liver-metastases", "What they are");
/* Translators: what-are-liver-metastases.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "A [[metastasis|metastasis]] is a tumor made of cancer cells that spread from the place where the cancer started. The first tumor is called the [[primary-cancer|primary cancer]]. The cancer is named for the place where it started, such as colon cancer or breast cancer.");
/* Translators: what-are-liver-metastases.json $.sections[0].blocks[1].text. */
NC_("what-are-liver-metastases", "When cancer spreads to the liver, doctors call the tumors liver metastases. Some people call this secondary liver cancer. It is much more common than cancer that starts in the liver.");
/* Translators: what-are-liver-metastases.json $.sections[0].blocks[2].text. */
NC_("what-are-liver-metastases", "The cells in these tumors are not liver cells. They are the same kind of cells as the primary cancer. So colon cancer that spreads to the liver is still colon cancer, and it is treated like colon cancer.");
/* Translators: what-are-liver-metastases.json $.sections[1].heading — a section heading. */
NC_("what-are-liver-metastases", "Why cancer spreads to the liver");
/* Translators: what-are-liver-metastases.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "The liver gets blood from two large blood vessels. The [[hepatic-artery|hepatic artery]] brings blood rich in oxygen from the heart. The [[portal-vein|portal vein]] brings blood from the stomach and bowel.");
/* Translators: what-are-liver-metastases.json $.sections[1].blocks[1].text. */
NC_("what-are-liver-metastases", "The liver filters this blood. This is one reason cancer from other organs often spreads to the liver.");
/* Translators: what-are-liver-metastases.json $.sections[2].heading — a section heading. */
NC_("what-are-liver-metastases", "Cancers that often spread to the liver");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "[[colorectal-cancer|Colorectal cancer]], which starts in the colon or rectum");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[1]. */
NC_("what-are-liver-metastases", "Stomach, pancreas or esophagus cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[2]. */
NC_("what-are-liver-metastases", "Lung cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[3]. */
NC_("what-are-liver-metastases", "Breast cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[4].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "Melanoma, above all [[uveal-melanoma|uveal melanoma]], which starts in the eye");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[5].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "[[neuroendocrine-tumour|Neuroendocrine tumors]]");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[6].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "[[bile-duct|Bile duct]] cancer");
/* Translators: what-are-liver-metastases.json $.sections[3].heading — a section heading. */
NC_("what-are-liver-metastases", "Signs and symptoms");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[0].text. */
NC_("what-are-liver-metastases", "Many people have no symptoms at first. The liver is large, and it can keep working even with cancer in it. When signs do come, they can include the ones below.");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[0]. */
NC_("what-are-liver-metastases", "Loss of appetite or weight loss");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[1]. */
NC_("what-are-liver-metastases", "Nausea, which means feeling sick to your stomach");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[2]. */
NC_("what-are-liver-metastases", "Feeling very tired");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[3]. */
NC_("what-are-liver-metastases", "Fever");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[4].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "Yellow skin or eyes, called [[jaundice|jaundice]]");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[5]. */
NC_("what-are-liver-metastases", "Itchy skin");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[1].items[6]. */
NC_("what-are-liver-metastases", "Pain or swelling in the belly, or swollen ankles");
/* Translators: what-are-liver-metastases.json $.sections[3].blocks[2].text. */
NC_("what-are-liver-metastases", "Other health problems can cause these signs too. Tell your care team if you have any of them, mostly if they get worse.");
/* Translators: what-are-liver-metastases.json $.sections[4].heading — a section heading. */
NC_("what-are-liver-metastases", "What happens next");
/* Translators: what-are-liver-metastases.json $.sections[4].blocks[0].text. */
NC_("what-are-liver-metastases", "Your care team plans treatment based on where the cancer started. They also look at how many tumors there are, whether the cancer has spread to other places, and your overall health.");
/* Translators: what-are-liver-metastases.json $.sections[4].blocks[1].text. */
NC_("what-are-liver-metastases", "For most people, the main treatment is medicine that travels through the whole body. Some people can also have surgery, or treatments aimed only at the liver.");
/* Translators: what-are-liver-metastases.json $.sections[4].blocks[2].text. */
NC_("what-are-liver-metastases", "Other topics in this app explain whole-body (systemic) treatment, surgery, and the treatments aimed at the liver. The topic on where the cancer started explains how the first cancer changes the choices. Each of these topics is under Related topics at the end of this page.");
/* Translators: what-are-liver-metastases.json $.sections[4].blocks[3].text. */
NC_("what-are-liver-metastases", "This app is for learning and does not replace advice from your care team.");
/* Translators: what-are-liver-metastases.json $.key_points[0] — one of the key points. */
NC_("what-are-liver-metastases", "Liver metastases are cancer that spread to the liver from another place.");
/* Translators: what-are-liver-metastases.json $.key_points[1] — one of the key points. */
NC_("what-are-liver-metastases", "The cancer keeps the name of the place where it started.");
/* Translators: what-are-liver-metastases.json $.key_points[2] — one of the key points. */
NC_("what-are-liver-metastases", "Many people have no signs at first.");
/* Translators: what-are-liver-metastases.json $.key_points[3] — one of the key points. */
NC_("what-are-liver-metastases", "Tell your care team about yellow skin or eyes, belly pain, or weight loss.");
/* Translators: what-are-liver-metastases.json $.key_points[4] — one of the key points. */
NC_("what-are-liver-metastases", "For most people, medicine for the whole body is the main treatment.");
/* Translators: what-are-liver-metastases.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Where did my cancer start?");
/* Translators: what-are-liver-metastases.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "How many tumors are in my liver, and where are they?");
/* Translators: what-are-liver-metastases.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Has the cancer spread to other places too?");
/* Translators: what-are-liver-metastases.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "How well is my liver working?");
/* Translators: what-are-liver-metastases.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Which treatments are possible for me?");
/* Translators: what-are-liver-metastases.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Which signs should I tell you about right away?");
/* Translators: what-are-liver-metastases.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient to explain in their own words what a liver metastasis is.");
/* Translators: what-are-liver-metastases.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient why colon cancer in the liver is still treated as colon cancer.");
/* Translators: what-are-liver-metastases.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient which signs they would tell the care team about.");

/* where-it-started.json */

/* Translators: where-it-started.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("where-it-started", "Where the cancer started matters");
/* Translators: where-it-started.json $.subtitle — one line under the topic's title. */
NC_("where-it-started", "How the first cancer changes the treatment of liver metastases.");
/* Translators: where-it-started.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("where-it-started", "Cancer in the liver is treated like the cancer it came from. Colon cancer in the liver is still colon cancer. So where the cancer started helps your team choose your treatment.");
/* Translators: where-it-started.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("where-it-started", "A drawing of a person's body showing the eye, the lungs, a breast, the stomach and pancreas, the bowel and the liver. Dotted lines show cancer cells going from these places to the liver.");
/* Translators: where-it-started.json $.illustration.caption — the caption under the picture. */
NC_("where-it-started", "Cancer from many places can spread to the liver.");
/* Translators: where-it-started.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("where-it-started", "Eye (uveal melanoma)");
/* Translators: where-it-started.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("where-it-started", "Lungs");
/* Translators: where-it-started.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("where-it-started", "Breast");
/* Translators: where-it-started.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("where-it-started", "Stomach and pancreas");
/* Translators: where-it-started.json $.illustration.legend[4] — names one numbered marker in the picture. */
NC_("where-it-started", "Colon and rectum (colorectal cancer)");
/* Translators: where-it-started.json $.illustration.legend[5] — names one numbered marker in the picture. */
NC_("where-it-started", "Liver with tumors (metastases)");
/* Translators: where-it-started.json $.sections[0].heading — a section heading. */
NC_("where-it-started", "Why it matters where the cancer started");
/* Translators: where-it-started.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "The tumors in your liver are made of the same cells as the first tumor, the [[primary-cancer|primary cancer]]. So breast cancer in the liver is still breast cancer. It is treated with the treatments that work for breast cancer.");
/* Translators: where-it-started.json $.sections[0].blocks[1].text. */
NC_("where-it-started", "For most people, whole-body medicine is the main treatment. Surgery on the liver is possible for only a small number of people. It is used most for cancer that started in the bowel and for neuroendocrine tumors.");
/* Translators: where-it-started.json $.sections[0].blocks[2].text. */
NC_("where-it-started", "Sometimes doctors cannot find where the cancer started. This is called cancer of unknown primary. Your team then plans treatment on your health and on where the cancer is.");
/* Translators: where-it-started.json $.sections[1].heading — a section heading. */
NC_("where-it-started", "Colorectal cancer");
/* Translators: where-it-started.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "[[colorectal-cancer|Colorectal cancer]] is the cancer that most often spreads to the liver. At least half of people with colorectal cancer will have cancer that spreads, most often to the liver.");
/* Translators: where-it-started.json $.sections[1].blocks[1].items[0]. */
NC_("where-it-started", "Surgery to remove the liver tumors may cure some people. Only a surgeon with a lot of liver experience should decide that they cannot be removed.");
/* Translators: where-it-started.json $.sections[1].blocks[1].items[1]. */
NC_("where-it-started", "Whole-body medicine is used for most people, before or after surgery, or on its own. Tumor tests for RAS, BRAF, HER2 and microsatellite instability (MSI) help choose the drugs.");
/* Translators: where-it-started.json $.sections[1].blocks[1].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "Ablation, embolization treatments and a liver pump for [[hepatic-artery-infusion|hepatic artery infusion (HAI)]] may also be used.");
/* Translators: where-it-started.json $.sections[2].heading — a section heading. */
NC_("where-it-started", "Neuroendocrine tumors");
/* Translators: where-it-started.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "Many [[neuroendocrine-tumour|neuroendocrine tumors]] grow slowly. Some make hormones that cause flushing, diarrhea or wheezing.");
/* Translators: where-it-started.json $.sections[2].blocks[1].items[0]. */
NC_("where-it-started", "Surgery on the liver may be possible for some people.");
/* Translators: where-it-started.json $.sections[2].blocks[1].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "[[somatostatin-analogue|Somatostatin drugs]] ease the symptoms from the hormones and can slow tumor growth.");
/* Translators: where-it-started.json $.sections[2].blocks[1].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "[[prrt|Peptide receptor radionuclide therapy (PRRT)]] may be used when the tumors have somatostatin receptors, seen on a special scan.");
/* Translators: where-it-started.json $.sections[2].blocks[1].items[3].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "Treatments that block the blood supply of the liver tumors, such as [[chemoembolization|chemoembolization]], may also be used.");
/* Translators: where-it-started.json $.sections[3].heading — a section heading. */
NC_("where-it-started", "Breast cancer");
/* Translators: where-it-started.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "Breast cancer in the liver is mostly treated with whole-body medicine. If the cancer has hormone receptors, [[hormone-therapy|hormone therapy]] is often used. Chemotherapy and targeted drugs are other choices. Surgery on the liver is less common.");
/* Translators: where-it-started.json $.sections[4].heading — a section heading. */
NC_("where-it-started", "Uveal melanoma (melanoma of the eye)");
/* Translators: where-it-started.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "[[uveal-melanoma|Uveal melanoma]] starts in the eye. About half of people with it later have cancer that spreads. The liver is where it spreads most often.");
/* Translators: where-it-started.json $.sections[4].blocks[1].text. */
NC_("where-it-started", "Whole-body medicine has helped less than in other cancers. The first drug shown to help people live longer is tebentafusp. It is only for people with a certain tissue type, found with a test.");
/* Translators: where-it-started.json $.sections[4].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("where-it-started", "Treatments aimed at the liver are used a lot. They include surgery, radioembolization, chemoembolization and [[hepatic-perfusion|hepatic perfusion]]. In hepatic perfusion, doctors cut off the liver's blood flow from the rest of the body for a short time. Then they fill the liver with a high dose of chemotherapy. This can be done in an open operation, or through thin tubes in the blood vessels.");
/* Translators: where-it-started.json $.sections[4].blocks[3].text. */
NC_("where-it-started", "A review of 8 studies looked at hepatic perfusion. After treatment, half of people lived about 17 months or more, and half less. With thin tubes, problems happened in about 24 in 100 people, and about 2 in 100 died within 30 days. With the open operation, problems happened in about 39 in 100, and about 6 in 100 died within 30 days.");
/* Translators: where-it-started.json $.sections[5].heading — a section heading. */
NC_("where-it-started", "Other cancers");
/* Translators: where-it-started.json $.sections[5].blocks[0].text. */
NC_("where-it-started", "Cancers of the stomach, pancreas, esophagus and lung, and skin melanoma, can also spread to the liver. For these, whole-body medicine is usually the main treatment. Surgery or other liver treatments are used less often, and only for some people.");
/* Translators: where-it-started.json $.sections[5].blocks[1].text. */
NC_("where-it-started", "Ask your team to explain how the place where your cancer started changes your choices.");
/* Translators: where-it-started.json $.key_points[0] — one of the key points. */
NC_("where-it-started", "Cancer in the liver is treated like the cancer it came from.");
/* Translators: where-it-started.json $.key_points[1] — one of the key points. */
NC_("where-it-started", "For most people, medicine for the whole body is the main treatment.");
/* Translators: where-it-started.json $.key_points[2] — one of the key points. */
NC_("where-it-started", "Surgery is used most for colon cancer and neuroendocrine tumors.");
/* Translators: where-it-started.json $.key_points[3] — one of the key points. */
NC_("where-it-started", "Eye melanoma often spreads to the liver. Liver treatments are used a lot for it.");
/* Translators: where-it-started.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("where-it-started", "Where did my cancer start, and how sure are you?");
/* Translators: where-it-started.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("where-it-started", "How does the type of cancer change my treatment choices?");
/* Translators: where-it-started.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("where-it-started", "Which tests on my tumor have been done, and what did they show?");
/* Translators: where-it-started.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("where-it-started", "Could surgery or a treatment aimed at the liver be part of my plan?");
/* Translators: where-it-started.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("where-it-started", "Is there a team with a lot of experience with my type of cancer?");
/* Translators: where-it-started.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("where-it-started", "Ask the patient to explain in their own words why cancer in the liver is treated like the cancer it came from.");
/* Translators: where-it-started.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("where-it-started", "Ask the patient where their cancer started and what that means for their treatment.");

#endif
