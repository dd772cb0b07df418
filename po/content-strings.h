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
/* Translators: ablation.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("ablation", "Ablation kills a tumor with heat from a thin probe. The doctor uses a scan to guide the probe into the tumor. It works best for small tumors, and many people go home the same day or the next day.");
/* Translators: ablation.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("ablation", "A drawing of a thin probe that goes through the skin into a liver tumor. A round area around the tip shows the heat, and a scanner shows the doctor the way.");
/* Translators: ablation.json $.illustration.caption — the caption under the picture. */
NC_("ablation", "The probe heats and kills the tumor.");
/* Translators: ablation.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("ablation", "Probe through the skin");
/* Translators: ablation.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("ablation", "Tumor");
/* Translators: ablation.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("ablation", "Area heated by the probe");
/* Translators: ablation.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("ablation", "Scanner guide (ultrasound or CT)");
/* Translators: ablation.json $.sections[0].heading — a section heading. */
NC_("ablation", "How it works");
/* Translators: ablation.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[ablation|Ablation]] destroys a tumor without taking it out. A doctor puts a thin, needle-like probe into the tumor. The tip gets very hot and kills the cancer cells.");
/* Translators: ablation.json $.sections[0].blocks[1].items[0].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[microwave-ablation|Microwave ablation]] uses microwaves. It gets hotter and can treat larger tumors.");
/* Translators: ablation.json $.sections[0].blocks[1].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "[[radiofrequency-ablation|Radiofrequency ablation]] uses an electric current of radio waves to make the heat.");
/* Translators: ablation.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "The doctor uses a [[ct-scan|CT scan]] or an [[ultrasound|ultrasound]] to guide the probe. Most often the probe goes in through the skin. Ablation can also be done during surgery.");
/* Translators: ablation.json $.sections[1].heading — a section heading. */
NC_("ablation", "Who it may help");
/* Translators: ablation.json $.sections[1].blocks[0].text. */
NC_("ablation", "Ablation works best for small tumors, about 3 cm (a little over an inch) across or smaller.");
/* Translators: ablation.json $.sections[1].blocks[1].text. */
NC_("ablation", "It can treat more than one tumor, and it can be done again if needed. It may be used when surgery is not possible, or along with surgery.");
/* Translators: ablation.json $.sections[1].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "It may not be a good choice for tumors close to large blood vessels or large [[bile-duct|bile ducts]].");
/* Translators: ablation.json $.sections[2].heading — a section heading. */
NC_("ablation", "Before");
/* Translators: ablation.json $.sections[2].blocks[0].items[0]. */
NC_("ablation", "Your team will look at your scans to plan where the probe goes.");
/* Translators: ablation.json $.sections[2].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Ask which medicines to stop. If you take a [[blood-thinner|blood thinner]], do not stop it unless your doctor tells you to.");
/* Translators: ablation.json $.sections[2].blocks[0].items[2]. */
NC_("ablation", "Follow the rules you are given about eating and drinking.");
/* Translators: ablation.json $.sections[2].blocks[0].items[3]. */
NC_("ablation", "Plan for an adult to take you home.");
/* Translators: ablation.json $.sections[3].heading — a section heading. */
NC_("ablation", "During");
/* Translators: ablation.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "An [[interventional-radiologist|interventional radiologist]] usually does the procedure. You get [[anaesthesia|anesthesia]] or other medicine so you are comfortable. Ask your team which kind you will get.");
/* Translators: ablation.json $.sections[3].blocks[1].text. */
NC_("ablation", "The doctor puts the probe through a tiny cut in the skin and into the tumor. The probe heats the tumor to destroy it. The doctor may treat more than one tumor.");
/* Translators: ablation.json $.sections[4].heading — a section heading. */
NC_("ablation", "After and recovery");
/* Translators: ablation.json $.sections[4].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "Ablation is often an [[outpatient|outpatient]] procedure, so you go home the same day. Some people stay one night in the hospital.");
/* Translators: ablation.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("ablation", "For a few days, you may have flu-like feelings, such as a low fever and aches. This is called [[post-ablation-syndrome|post-ablation syndrome]]. It most often gets better on its own.");
/* Translators: ablation.json $.sections[4].blocks[2].text. */
NC_("ablation", "You will have scans over the next months. They show whether the tumor was destroyed.");
/* Translators: ablation.json $.sections[5].heading — a section heading. */
NC_("ablation", "Possible side effects");
/* Translators: ablation.json $.sections[5].blocks[0].items[0]. */
NC_("ablation", "Pain in the belly");
/* Translators: ablation.json $.sections[5].blocks[0].items[1]. */
NC_("ablation", "Flu-like feelings for a few days");
/* Translators: ablation.json $.sections[5].blocks[0].items[2]. */
NC_("ablation", "Bleeding, which is not common");
/* Translators: ablation.json $.sections[5].blocks[0].items[3]. */
NC_("ablation", "Infection in the liver, which is not common");
/* Translators: ablation.json $.sections[5].blocks[0].items[4]. */
NC_("ablation", "Harm to nearby organs from the heat, which is rare");
/* Translators: ablation.json $.sections[5].blocks[1].text. */
NC_("ablation", "Serious problems are not common. Studies and hospitals report them in fewer than 1 to about 5 in 100 people.");
/* Translators: ablation.json $.sections[6].heading — a section heading. */
NC_("ablation", "When to call your care team");
/* Translators: ablation.json $.sections[6].blocks[0].text. */
NC_("ablation", "Call your care team right away if you have any of these signs.");
/* Translators: ablation.json $.sections[6].blocks[1].items[0]. */
NC_("ablation", "A fever of 101°F (38.3°C) or higher, or a fever that lasts more than a few days");
/* Translators: ablation.json $.sections[6].blocks[1].items[1]. */
NC_("ablation", "Belly pain that gets worse, or that your pain medicine does not help");
/* Translators: ablation.json $.sections[6].blocks[1].items[2]. */
NC_("ablation", "Bleeding, redness or swelling where the probe went in");
/* Translators: ablation.json $.sections[6].blocks[1].items[3]. */
NC_("ablation", "Yellow skin or eyes");
/* Translators: ablation.json $.sections[6].blocks[1].items[4]. */
NC_("ablation", "Nausea or vomiting that does not stop");
/* Translators: ablation.json $.sections[6].blocks[2].text. */
NC_("ablation", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: ablation.json $.key_points[0] — one of the key points. */
NC_("ablation", "Ablation kills a tumor with heat from a thin probe.");
/* Translators: ablation.json $.key_points[1] — one of the key points. */
NC_("ablation", "It works best for tumors about 3 cm across or smaller.");
/* Translators: ablation.json $.key_points[2] — one of the key points. */
NC_("ablation", "It can treat more than one tumor, and it can be done again.");
/* Translators: ablation.json $.key_points[3] — one of the key points. */
NC_("ablation", "Many people go home the same day or the next day.");
/* Translators: ablation.json $.key_points[4] — one of the key points. */
NC_("ablation", "Flu-like feelings for a few days are common.");
/* Translators: ablation.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Are my tumors small enough for ablation?");
/* Translators: ablation.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Will you use microwave or radiofrequency ablation, and why?");
/* Translators: ablation.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Will the probe go through my skin, or will this be done during surgery?");
/* Translators: ablation.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "What kind of anesthesia will I get?");
/* Translators: ablation.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "Will I go home the same day?");
/* Translators: ablation.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("ablation", "How will we know if the ablation worked?");
/* Translators: ablation.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient to explain in their own words how ablation kills a tumor.");
/* Translators: ablation.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient what they need to do before the procedure.");
/* Translators: ablation.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("ablation", "Ask the patient which signs mean they should call the care team.");
/* Translators: ablation.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("ablation", "Ablation");
/* Translators: ablation.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "A thin probe through the skin, or during surgery");
/* Translators: ablation.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Varies; ask your team");
/* Translators: ablation.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Often none, or one night");
/* Translators: ablation.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Flu-like feelings for a few days");
/* Translators: ablation.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Yes");
/* Translators: ablation.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Yes, it can be done during surgery");
/* Translators: ablation.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("ablation", "Belly pain, flu-like feelings; bleeding or infection not common");

/* chemoembolization.json */

/* Translators: chemoembolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("chemoembolization", "Chemoembolization (TACE)");
/* Translators: chemoembolization.json $.subtitle — one line under the topic's title. */
NC_("chemoembolization", "Cancer medicine sent straight to the tumor, then its blood supply is blocked.");
/* Translators: chemoembolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("chemoembolization", "A doctor puts cancer medicine into the artery that feeds a liver tumor. Then the artery is blocked, so the medicine stays in the tumor and its blood supply is cut off. Fever, belly pain and nausea are common afterward.");
/* Translators: chemoembolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("chemoembolization", "A drawing of a thin tube in the artery that feeds a liver tumor. Medicine flows from the tube toward the tumor, and a block in the artery keeps it there.");
/* Translators: chemoembolization.json $.illustration.caption — the caption under the picture. */
NC_("chemoembolization", "The medicine goes in, and then the artery is blocked.");
/* Translators: chemoembolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("chemoembolization", "Thin tube (catheter)");
/* Translators: chemoembolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("chemoembolization", "Cancer medicine going into the artery");
/* Translators: chemoembolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("chemoembolization", "Artery blocked after the medicine");
/* Translators: chemoembolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("chemoembolization", "Tumor");
/* Translators: chemoembolization.json $.sections[0].heading — a section heading. */
NC_("chemoembolization", "How it works");
/* Translators: chemoembolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "[[chemoembolization|Chemoembolization]] is also called TACE. It joins two treatments. [[chemotherapy|Chemotherapy]] is cancer medicine. [[embolization|Embolization]] means blocking a blood vessel.");
/* Translators: chemoembolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "Liver tumors get most of their blood from the [[hepatic-artery|hepatic artery]]. The rest of the liver gets most of its blood from the [[portal-vein|portal vein]]. So the doctor can block the artery that feeds the tumor, and the healthy liver still gets blood.");
/* Translators: chemoembolization.json $.sections[0].blocks[2].text. */
NC_("chemoembolization", "The medicine goes straight to the tumor. The block keeps it there and cuts off the tumor's blood supply. Sometimes the medicine is carried on tiny beads.");
/* Translators: chemoembolization.json $.sections[1].heading — a section heading. */
NC_("chemoembolization", "Who it may help");
/* Translators: chemoembolization.json $.sections[1].blocks[0].text. */
NC_("chemoembolization", "It may help people whose liver tumors cannot be removed with surgery. Your liver needs to be working well.");
/* Translators: chemoembolization.json $.sections[1].blocks[1].text. */
NC_("chemoembolization", "Large tumors may need 2 or 3 treatments. If both sides of the liver have tumors, one side is often treated at a time, about a month apart.");
/* Translators: chemoembolization.json $.sections[2].heading — a section heading. */
NC_("chemoembolization", "Before");
/* Translators: chemoembolization.json $.sections[2].blocks[0].items[0]. */
NC_("chemoembolization", "Your team will check your blood tests and scans.");
/* Translators: chemoembolization.json $.sections[2].blocks[0].items[1]. */
NC_("chemoembolization", "Ask which medicines to stop before the procedure.");
/* Translators: chemoembolization.json $.sections[2].blocks[0].items[2]. */
NC_("chemoembolization", "Follow the rules you are given about eating and drinking.");
/* Translators: chemoembolization.json $.sections[2].blocks[0].items[3]. */
NC_("chemoembolization", "Plan for someone to drive you home. Do not drive for 24 hours.");
/* Translators: chemoembolization.json $.sections[3].heading — a section heading. */
NC_("chemoembolization", "During");
/* Translators: chemoembolization.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "TACE is done in the X-ray department of a hospital. You get medicine to numb the skin, and [[sedation|sedation]] to help you relax. Some people get general [[anaesthesia|anesthesia]] instead.");
/* Translators: chemoembolization.json $.sections[3].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "An [[interventional-radiologist|interventional radiologist]] puts a thin tube, called a [[catheter|catheter]], into an artery in the groin or wrist. Dye helps show the blood vessels on X-rays. The doctor guides the tube to the tumor's artery, puts in the medicine, and then blocks the artery.");
/* Translators: chemoembolization.json $.sections[3].blocks[2].text. */
NC_("chemoembolization", "It usually takes less than 2 hours.");
/* Translators: chemoembolization.json $.sections[4].heading — a section heading. */
NC_("chemoembolization", "After and recovery");
/* Translators: chemoembolization.json $.sections[4].blocks[0].text. */
NC_("chemoembolization", "Recovery usually takes 7 to 10 days. Rest, and slowly get back to your usual activities.");
/* Translators: chemoembolization.json $.sections[4].blocks[1].items[0]. */
NC_("chemoembolization", "Do not lift more than 10 pounds (about 4.5 kg) for 3 days.");
/* Translators: chemoembolization.json $.sections[4].blocks[1].items[1]. */
NC_("chemoembolization", "Check your temperature twice a day for 5 days.");
/* Translators: chemoembolization.json $.sections[4].blocks[1].items[2]. */
NC_("chemoembolization", "Check that the spot where the tube went in stays soft and dry.");
/* Translators: chemoembolization.json $.sections[4].blocks[2].text. */
NC_("chemoembolization", "Your liver blood tests may be high right after TACE. They most often go back to normal within about a week.");
/* Translators: chemoembolization.json $.sections[5].heading — a section heading. */
NC_("chemoembolization", "Possible side effects");
/* Translators: chemoembolization.json $.sections[5].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("chemoembolization", "Most people get [[post-embolization-syndrome|post-embolization syndrome]]. This means fever, belly pain and nausea. It can last up to about 2 weeks. Medicine can help control it.");
/* Translators: chemoembolization.json $.sections[5].blocks[1].text. */
NC_("chemoembolization", "Less often, the gallbladder gets swollen and sore. Long-term liver problems are rare.");
/* Translators: chemoembolization.json $.sections[6].heading — a section heading. */
NC_("chemoembolization", "When to call your care team");
/* Translators: chemoembolization.json $.sections[6].blocks[0].text. */
NC_("chemoembolization", "Call your care team right away if you have any of these signs.");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[0]. */
NC_("chemoembolization", "A fever over 101.5°F (38.6°C) that lasts more than a day");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[1]. */
NC_("chemoembolization", "Belly pain that your pain medicine does not help");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[2]. */
NC_("chemoembolization", "Nausea or vomiting that is bad or does not stop");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[3]. */
NC_("chemoembolization", "Bleeding, pain or fluid where the tube went in");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[4]. */
NC_("chemoembolization", "Numbness, coldness or a color change in your leg or foot");
/* Translators: chemoembolization.json $.sections[6].blocks[1].items[5]. */
NC_("chemoembolization", "Yellow skin or eyes");
/* Translators: chemoembolization.json $.sections[6].blocks[2].text. */
NC_("chemoembolization", "If the spot where the tube went in starts to bleed, lie flat and press firmly on it. Then call your care team. If the bleeding is heavy or does not stop, call your emergency number.");
/* Translators: chemoembolization.json $.key_points[0] — one of the key points. */
NC_("chemoembolization", "TACE sends cancer medicine straight to the tumor through its artery.");
/* Translators: chemoembolization.json $.key_points[1] — one of the key points. */
NC_("chemoembolization", "Then the artery is blocked, so the medicine stays in the tumor.");
/* Translators: chemoembolization.json $.key_points[2] — one of the key points. */
NC_("chemoembolization", "It can be done more than once.");
/* Translators: chemoembolization.json $.key_points[3] — one of the key points. */
NC_("chemoembolization", "Fever, belly pain and nausea are common and can last up to 2 weeks.");
/* Translators: chemoembolization.json $.key_points[4] — one of the key points. */
NC_("chemoembolization", "Most people recover in 7 to 10 days.");
/* Translators: chemoembolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "Why is TACE a good choice for me?");
/* Translators: chemoembolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "How many treatments might I need?");
/* Translators: chemoembolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "Will I stay in the hospital overnight?");
/* Translators: chemoembolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "Which medicine will you use, and will it be on beads?");
/* Translators: chemoembolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "How will you help with pain, fever and nausea?");
/* Translators: chemoembolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("chemoembolization", "When can I go back to work?");
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
NC_("chemoembolization", "Numbing and relaxing medicine, or general anesthesia");
/* Translators: chemoembolization.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Varies; ask your team");
/* Translators: chemoembolization.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Usually 7 to 10 days");
/* Translators: chemoembolization.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Yes; large tumors may need 2 or 3 treatments");
/* Translators: chemoembolization.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Varies; ask your team");
/* Translators: chemoembolization.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("chemoembolization", "Fever, belly pain and nausea, up to 2 weeks");

/* glossary.json */

/* Translators: glossary.json $.terms[0].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Ablation");
/* Translators: glossary.json $.terms[0].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that destroys a tumor without taking it out, most often with heat.");
/* Translators: glossary.json $.terms[1].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Anesthesia");
/* Translators: glossary.json $.terms[1].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that stops you from feeling pain. General anesthesia puts you into a deep sleep.");
/* Translators: glossary.json $.terms[2].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Angiogram");
/* Translators: glossary.json $.terms[2].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "An X-ray picture of blood vessels. It is taken after dye is put into them through a thin tube.");
/* Translators: glossary.json $.terms[3].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Bile duct");
/* Translators: glossary.json $.terms[3].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A small tube that carries bile from the liver to the bowel. Bile is a fluid that helps you digest fat.");
/* Translators: glossary.json $.terms[4].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Blood thinner");
/* Translators: glossary.json $.terms[4].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A medicine that makes blood clot more slowly. Ask your team before you stop it for a procedure.");
/* Translators: glossary.json $.terms[5].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Catheter");
/* Translators: glossary.json $.terms[5].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A thin, soft tube. A doctor can move it through a blood vessel to reach the liver.");
/* Translators: glossary.json $.terms[6].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Chemoembolization");
/* Translators: glossary.json $.terms[6].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that puts cancer medicine into the artery that feeds a liver tumor, and then blocks that artery. It is also called TACE.");
/* Translators: glossary.json $.terms[7].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Chemotherapy");
/* Translators: glossary.json $.terms[7].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that kills cancer cells or stops them from growing. It can be given by vein, by mouth, or into an artery.");
/* Translators: glossary.json $.terms[8].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Cirrhosis");
/* Translators: glossary.json $.terms[8].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Scarring of the liver that makes it work less well.");
/* Translators: glossary.json $.terms[9].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Colorectal cancer");
/* Translators: glossary.json $.terms[9].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Cancer that starts in the colon or the rectum, the last parts of the bowel.");
/* Translators: glossary.json $.terms[10].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "CT scan");
/* Translators: glossary.json $.terms[10].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses X-rays and a computer to make detailed pictures of the inside of the body.");
/* Translators: glossary.json $.terms[11].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Embolization");
/* Translators: glossary.json $.terms[11].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Blocking a blood vessel on purpose, often with tiny beads or other material.");
/* Translators: glossary.json $.terms[12].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Fiducial markers");
/* Translators: glossary.json $.terms[12].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Tiny markers put in or near a tumor. They help the radiation team aim the beams.");
/* Translators: glossary.json $.terms[13].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Floxuridine");
/* Translators: glossary.json $.terms[13].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A chemotherapy medicine often used in a liver pump.");
/* Translators: glossary.json $.terms[14].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Future liver remnant");
/* Translators: glossary.json $.terms[14].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The part of the liver that will stay after surgery. It must be big enough to do the work of the whole liver.");
/* Translators: glossary.json $.terms[15].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hepatic artery");
/* Translators: glossary.json $.terms[15].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The artery that brings blood rich in oxygen from the heart to the liver. Most liver tumors get their blood from it.");
/* Translators: glossary.json $.terms[16].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Hepatic artery infusion");
/* Translators: glossary.json $.terms[16].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Chemotherapy sent straight into the hepatic artery, often from a small pump under the skin. It is also called HAI.");
/* Translators: glossary.json $.terms[17].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Interventional radiologist");
/* Translators: glossary.json $.terms[17].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who uses scans to guide thin tubes and needles into the body to treat disease.");
/* Translators: glossary.json $.terms[18].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Jaundice");
/* Translators: glossary.json $.terms[18].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Yellow skin or yellow whites of the eyes, often with dark urine. It can mean the liver or the bile ducts are not working well.");
/* Translators: glossary.json $.terms[19].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Metastasis");
/* Translators: glossary.json $.terms[19].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A tumor made of cancer cells that spread from the place where the cancer started. More than one are called metastases.");
/* Translators: glossary.json $.terms[20].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Microwave ablation");
/* Translators: glossary.json $.terms[20].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Ablation that uses microwaves sent through a thin probe to heat and kill a tumor.");
/* Translators: glossary.json $.terms[21].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Multidisciplinary team");
/* Translators: glossary.json $.terms[21].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A team of experts from different fields who plan your care together, such as surgeons, oncologists and radiologists.");
/* Translators: glossary.json $.terms[22].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Neuroendocrine tumor");
/* Translators: glossary.json $.terms[22].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A tumor that starts in cells that make hormones. These cells are found in many organs, such as the bowel and the pancreas.");
/* Translators: glossary.json $.terms[23].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Oncologist");
/* Translators: glossary.json $.terms[23].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who treats cancer. A medical oncologist treats cancer with medicine, such as chemotherapy.");
/* Translators: glossary.json $.terms[24].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Outpatient");
/* Translators: glossary.json $.terms[24].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Care that does not need an overnight stay in the hospital. You go home the same day.");
/* Translators: glossary.json $.terms[25].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Pathology report");
/* Translators: glossary.json $.terms[25].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A report about tissue that was checked under a microscope. It tells what type of cancer it is.");
/* Translators: glossary.json $.terms[26].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Portal vein");
/* Translators: glossary.json $.terms[26].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The large vein that brings blood from the stomach and bowel to the liver. Healthy liver gets most of its blood from it.");
/* Translators: glossary.json $.terms[27].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Portal vein embolization");
/* Translators: glossary.json $.terms[27].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A procedure that blocks a branch of the portal vein before liver surgery. It helps the part of the liver that will stay grow larger.");
/* Translators: glossary.json $.terms[28].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Post-ablation syndrome");
/* Translators: glossary.json $.terms[28].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Flu-like feelings, such as a low fever and aches, that some people have for a few days after ablation.");
/* Translators: glossary.json $.terms[29].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Post-embolization syndrome");
/* Translators: glossary.json $.terms[29].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Fever, belly pain and nausea that often come after embolization. It can last up to about 2 weeks.");
/* Translators: glossary.json $.terms[30].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Primary cancer");
/* Translators: glossary.json $.terms[30].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "The place in the body where a cancer first started, such as the colon or the breast.");
/* Translators: glossary.json $.terms[31].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radiation oncologist");
/* Translators: glossary.json $.terms[31].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A doctor who treats cancer with radiation.");
/* Translators: glossary.json $.terms[32].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radioembolization");
/* Translators: glossary.json $.terms[32].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A treatment that sends tiny radioactive beads into the artery that feeds a liver tumor. It is also called SIRT or Y-90.");
/* Translators: glossary.json $.terms[33].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Radiofrequency ablation");
/* Translators: glossary.json $.terms[33].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Ablation that uses an electric current of radio waves, sent through a thin probe, to heat and kill a tumor.");
/* Translators: glossary.json $.terms[34].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Resectable");
/* Translators: glossary.json $.terms[34].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Able to be fully removed with surgery, while enough healthy liver stays.");
/* Translators: glossary.json $.terms[35].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Resection");
/* Translators: glossary.json $.terms[35].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Surgery to remove part of an organ. A liver resection removes the part of the liver that has the tumors.");
/* Translators: glossary.json $.terms[36].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "SBRT");
/* Translators: glossary.json $.terms[36].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Stereotactic body radiation therapy. Strong, very precise radiation beams are aimed at a tumor from outside the body.");
/* Translators: glossary.json $.terms[37].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Second opinion");
/* Translators: glossary.json $.terms[37].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "When another doctor looks at your tests and your treatment plan. They may agree, or suggest other options.");
/* Translators: glossary.json $.terms[38].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Sedation");
/* Translators: glossary.json $.terms[38].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "Medicine that helps you relax and feel sleepy during a procedure. You may still be partly awake.");
/* Translators: glossary.json $.terms[39].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Tumor board");
/* Translators: glossary.json $.terms[39].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A meeting where doctors from different fields look at a person's case together and plan treatment.");
/* Translators: glossary.json $.terms[40].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Ultrasound");
/* Translators: glossary.json $.terms[40].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A scan that uses sound waves to make pictures of the inside of the body.");
/* Translators: glossary.json $.terms[41].term — a glossary term, shown as a title and for [[term-id]] marks without own words. */
NC_("glossary", "Yttrium-90");
/* Translators: glossary.json $.terms[41].definition — a glossary definition: one or two plain sentences. */
NC_("glossary", "A radioactive material put inside tiny beads for radioembolization. Its radiation travels only a very short distance.");

/* hepatic-artery-infusion.json */

/* Translators: hepatic-artery-infusion.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("hepatic-artery-infusion", "Hepatic artery infusion pump");
/* Translators: hepatic-artery-infusion.json $.subtitle — one line under the topic's title. */
NC_("hepatic-artery-infusion", "A small pump that sends chemotherapy straight to the liver.");
/* Translators: hepatic-artery-infusion.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("hepatic-artery-infusion", "A surgeon puts a small pump under the skin of your belly. A thin tube carries chemotherapy from the pump into the artery that feeds the liver. The liver gets a strong dose, with fewer side effects in the rest of the body.");
/* Translators: hepatic-artery-infusion.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("hepatic-artery-infusion", "A drawing of a round pump under the skin of the belly. A thin tube runs from the pump to the hepatic artery, which carries the medicine into the liver.");
/* Translators: hepatic-artery-infusion.json $.illustration.caption — the caption under the picture. */
NC_("hepatic-artery-infusion", "The pump sends chemotherapy straight to the liver.");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Pump under the skin of the belly");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Thin tube to the hepatic artery");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Hepatic artery");
/* Translators: hepatic-artery-infusion.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("hepatic-artery-infusion", "Liver");
/* Translators: hepatic-artery-infusion.json $.sections[0].heading — a section heading. */
NC_("hepatic-artery-infusion", "How it works");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "[[hepatic-artery-infusion|Hepatic artery infusion]] sends [[chemotherapy|chemotherapy]] straight into the [[hepatic-artery|hepatic artery]]. This artery carries blood to the liver.");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[1].text. */
NC_("hepatic-artery-infusion", "The pump is about the size of a hockey puck. It sits under the skin of your belly. A thin tube runs from the pump into a branch of the hepatic artery.");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "The pump is filled with chemotherapy, most often a medicine called [[floxuridine|floxuridine]]. The medicine goes right to the liver, so the liver gets a much stronger dose than it would from a vein.");
/* Translators: hepatic-artery-infusion.json $.sections[0].blocks[3].text. */
NC_("hepatic-artery-infusion", "The pump treats only the liver. So most people also get chemotherapy by vein, to treat the rest of the body.");
/* Translators: hepatic-artery-infusion.json $.sections[1].heading — a section heading. */
NC_("hepatic-artery-infusion", "Who it may help");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "It is used most for [[colorectal-cancer|colorectal cancer]] that has spread to the liver. It may be used in two ways.");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "To shrink tumors that cannot be removed, so that surgery may become possible");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "After surgery, to lower the chance that the cancer comes back in the liver");
/* Translators: hepatic-artery-infusion.json $.sections[1].blocks[2].text. */
NC_("hepatic-artery-infusion", "This treatment needs a skilled team, so it is offered at centers with experience in using the pump. Ask your team whether it could be an option for you.");
/* Translators: hepatic-artery-infusion.json $.sections[2].heading — a section heading. */
NC_("hepatic-artery-infusion", "Before");
/* Translators: hepatic-artery-infusion.json $.sections[2].blocks[0].items[0]. */
NC_("hepatic-artery-infusion", "You will have scans and blood tests.");
/* Translators: hepatic-artery-infusion.json $.sections[2].blocks[0].items[1]. */
NC_("hepatic-artery-infusion", "The pump is often placed during the same operation as your liver surgery.");
/* Translators: hepatic-artery-infusion.json $.sections[2].blocks[0].items[2]. */
NC_("hepatic-artery-infusion", "Ask your team how to get ready for the operation.");
/* Translators: hepatic-artery-infusion.json $.sections[3].heading — a section heading. */
NC_("hepatic-artery-infusion", "During");
/* Translators: hepatic-artery-infusion.json $.sections[3].blocks[0].text. */
NC_("hepatic-artery-infusion", "A surgeon places the pump during an operation. Placing the pump takes about 2 hours.");
/* Translators: hepatic-artery-infusion.json $.sections[3].blocks[1].text. */
NC_("hepatic-artery-infusion", "The surgeon puts the pump under the skin and joins the thin tube to a branch of the hepatic artery. Later, a scan checks that the medicine goes only to the liver.");
/* Translators: hepatic-artery-infusion.json $.sections[4].heading — a section heading. */
NC_("hepatic-artery-infusion", "After and recovery");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].items[0]. */
NC_("hepatic-artery-infusion", "Most people stay in the hospital for 3 to 4 days.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].items[1]. */
NC_("hepatic-artery-infusion", "Chemotherapy through the pump starts about 2 weeks after surgery.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].items[2]. */
NC_("hepatic-artery-infusion", "The pump is refilled at clinic visits, often every 2 weeks. Schedules are different at each center.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].items[3]. */
NC_("hepatic-artery-infusion", "A nurse refills the pump with a needle through the skin. It takes about 10 minutes.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[0].items[4]. */
NC_("hepatic-artery-infusion", "Pump treatment often lasts 4 to 6 months.");
/* Translators: hepatic-artery-infusion.json $.sections[4].blocks[1].text. */
NC_("hepatic-artery-infusion", "You will have blood tests at your pump visits. They help your team find problems early.");
/* Translators: hepatic-artery-infusion.json $.sections[5].heading — a section heading. */
NC_("hepatic-artery-infusion", "Possible side effects");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[0].items[0]. */
NC_("hepatic-artery-infusion", "Stomach ulcers, which are sores in the stomach");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[0].items[1].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("hepatic-artery-infusion", "Irritation of the liver or the [[bile-duct|bile ducts]]");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[0].items[2]. */
NC_("hepatic-artery-infusion", "Problems with the pump or the tube, which may need another operation");
/* Translators: hepatic-artery-infusion.json $.sections[5].blocks[0].items[3]. */
NC_("hepatic-artery-infusion", "Infection");
/* Translators: hepatic-artery-infusion.json $.sections[6].heading — a section heading. */
NC_("hepatic-artery-infusion", "When to call your care team");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[0].text. */
NC_("hepatic-artery-infusion", "Call your care team right away if you have any of these signs.");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[0]. */
NC_("hepatic-artery-infusion", "A fever of 101°F (38.3°C) or higher");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[1]. */
NC_("hepatic-artery-infusion", "Belly pain that gets worse, or that your pain medicine does not help");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[2]. */
NC_("hepatic-artery-infusion", "Redness, swelling, pain or fluid around the pump or your cut");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[3]. */
NC_("hepatic-artery-infusion", "Yellow skin or eyes");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[1].items[4]. */
NC_("hepatic-artery-infusion", "Nausea or vomiting that does not stop");
/* Translators: hepatic-artery-infusion.json $.sections[6].blocks[2].text. */
NC_("hepatic-artery-infusion", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: hepatic-artery-infusion.json $.key_points[0] — one of the key points. */
NC_("hepatic-artery-infusion", "A small pump under the skin sends chemotherapy straight to the liver.");
/* Translators: hepatic-artery-infusion.json $.key_points[1] — one of the key points. */
NC_("hepatic-artery-infusion", "It is used most for colorectal cancer that has spread to the liver.");
/* Translators: hepatic-artery-infusion.json $.key_points[2] — one of the key points. */
NC_("hepatic-artery-infusion", "It may shrink tumors so that surgery can be done. It may also lower the chance that cancer comes back.");
/* Translators: hepatic-artery-infusion.json $.key_points[3] — one of the key points. */
NC_("hepatic-artery-infusion", "The pump is refilled at clinic visits every few weeks.");
/* Translators: hepatic-artery-infusion.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "What is the goal of the pump for me?");
/* Translators: hepatic-artery-infusion.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "Will the pump be placed during my liver surgery?");
/* Translators: hepatic-artery-infusion.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "How often will I come in to have the pump filled?");
/* Translators: hepatic-artery-infusion.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "Will I also get chemotherapy by vein?");
/* Translators: hepatic-artery-infusion.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "Which side effects should I watch for?");
/* Translators: hepatic-artery-infusion.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("hepatic-artery-infusion", "What happens to the pump when my treatment ends?");
/* Translators: hepatic-artery-infusion.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient to explain in their own words how the pump treats the liver.");
/* Translators: hepatic-artery-infusion.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient how often they need to come in to have the pump filled.");
/* Translators: hepatic-artery-infusion.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("hepatic-artery-infusion", "Ask the patient which signs mean they should call the care team.");
/* Translators: hepatic-artery-infusion.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("hepatic-artery-infusion", "Hepatic artery infusion pump");
/* Translators: hepatic-artery-infusion.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "A pump under the skin sends chemotherapy into the liver artery");
/* Translators: hepatic-artery-infusion.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Anesthesia for the operation to place the pump");
/* Translators: hepatic-artery-infusion.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "About 3 to 4 days after the pump is placed");
/* Translators: hepatic-artery-infusion.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Pump chemotherapy starts about 2 weeks after surgery");
/* Translators: hepatic-artery-infusion.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Yes; the pump is refilled every few weeks");
/* Translators: hepatic-artery-infusion.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Yes; often placed during liver surgery");
/* Translators: hepatic-artery-infusion.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("hepatic-artery-infusion", "Stomach ulcers, bile duct irritation, pump problems, infection");

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
/* Translators: labels.json $.labels.reviewed — fixed words of the guide's pages (topic pages, views, handout) in this language.
   Keep every {name} placeholder as it is; move it where your
   language needs it. */
NC_("labels", "Reviewed: {month} {year}");
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
NC_("labels", "Liver-directed therapies");
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

/* liver-directed-therapies.json */

/* Translators: liver-directed-therapies.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("liver-directed-therapies", "Liver-directed therapies");
/* Translators: liver-directed-therapies.json $.subtitle — one line under the topic's title. */
NC_("liver-directed-therapies", "Treatments aimed right at the tumors in the liver.");
/* Translators: liver-directed-therapies.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("liver-directed-therapies", "These treatments aim right at tumors in the liver. They can help when the tumors cannot be removed, or they can be used along with surgery. A team of experts will talk with you about which ones may fit you.");
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
NC_("liver-directed-therapies", "They may be used when tumors cannot be removed with surgery. Some are also used along with surgery.");
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
NC_("liver-directed-therapies", "The main options");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[ablation|Ablation]] uses a thin probe to heat and kill small tumors. See the topic on ablation.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[radioembolization|Radioembolization]], also called Y-90, sends tiny radioactive beads into the artery that feeds the tumors. See the topic on radioembolization.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[chemoembolization|Chemoembolization]], also called TACE, sends cancer medicine into that artery and then blocks it. See the topic on chemoembolization.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[3].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "A [[hepatic-artery-infusion|hepatic artery infusion]] pump sends [[chemotherapy|chemotherapy]] straight to the liver from a small pump under the skin. See the topic on the pump.");
/* Translators: liver-directed-therapies.json $.sections[2].blocks[4].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("liver-directed-therapies", "[[sbrt|SBRT]] aims strong, precise radiation beams at the tumors from outside the body. See the topic on SBRT.");
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
NC_("liver-directed-therapies", "The team often meets to talk about each person's case. This meeting is called a [[tumour-board|tumor board]]. Together, they suggest the options that may fit you.");
/* Translators: liver-directed-therapies.json $.sections[3].blocks[2].text. */
NC_("liver-directed-therapies", "The best choice depends on many things, such as the number, size and place of your tumors. Your team will explain your options.");
/* Translators: liver-directed-therapies.json $.key_points[0] — one of the key points. */
NC_("liver-directed-therapies", "These treatments aim right at tumors in the liver.");
/* Translators: liver-directed-therapies.json $.key_points[1] — one of the key points. */
NC_("liver-directed-therapies", "They can help when surgery is not possible, or be used with it.");
/* Translators: liver-directed-therapies.json $.key_points[2] — one of the key points. */
NC_("liver-directed-therapies", "Tumors get most of their blood from the hepatic artery.");
/* Translators: liver-directed-therapies.json $.key_points[3] — one of the key points. */
NC_("liver-directed-therapies", "A team of experts will talk with you about which may fit you.");
/* Translators: liver-directed-therapies.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Can my tumors be removed with surgery?");
/* Translators: liver-directed-therapies.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Which of these treatments could help me, and why?");
/* Translators: liver-directed-therapies.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "What is the goal of treatment for me?");
/* Translators: liver-directed-therapies.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Can I have more than one of these treatments?");
/* Translators: liver-directed-therapies.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Has a tumor board looked at my case?");
/* Translators: liver-directed-therapies.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("liver-directed-therapies", "Who will do the treatment, and how often do they do it?");
/* Translators: liver-directed-therapies.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient to explain in their own words what these treatments do.");
/* Translators: liver-directed-therapies.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient why treatment can be sent through the hepatic artery.");
/* Translators: liver-directed-therapies.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("liver-directed-therapies", "Ask the patient who is on their care team.");

/* portal-vein-embolization.json */

/* Translators: portal-vein-embolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("portal-vein-embolization", "Portal vein embolization");
/* Translators: portal-vein-embolization.json $.subtitle — one line under the topic's title. */
NC_("portal-vein-embolization", "Helping the healthy part of the liver grow before surgery.");
/* Translators: portal-vein-embolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("portal-vein-embolization", "Sometimes the part of the liver that would stay after surgery is too small. This treatment blocks blood flow to the part that will be removed. Over several weeks, the part that stays grows larger, so surgery is safer.");
/* Translators: portal-vein-embolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("portal-vein-embolization", "A drawing of the liver with a thin tube in a branch of the portal vein. That branch is blocked. The part of the liver it feeds will be removed, and the other part grows larger.");
/* Translators: portal-vein-embolization.json $.illustration.caption — the caption under the picture. */
NC_("portal-vein-embolization", "Blocking one branch of the portal vein helps the other part of the liver grow.");
/* Translators: portal-vein-embolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Thin tube (catheter)");
/* Translators: portal-vein-embolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Blocked branch of the portal vein");
/* Translators: portal-vein-embolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Part of the liver to be removed");
/* Translators: portal-vein-embolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("portal-vein-embolization", "Part that stays and grows larger");
/* Translators: portal-vein-embolization.json $.sections[0].heading — a section heading. */
NC_("portal-vein-embolization", "How it works");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The [[portal-vein|portal vein]] brings blood from the bowel to the liver. It splits into branches that go to each part of the liver.");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "In [[portal-vein-embolization|portal vein embolization]], a doctor blocks the branch that goes to the part of the liver that will be removed. More blood then flows to the part that will stay. That part grows larger over several weeks.");
/* Translators: portal-vein-embolization.json $.sections[0].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor who does it is an [[interventional-radiologist|interventional radiologist]]. This is a doctor who uses scans to guide thin tubes inside the body.");
/* Translators: portal-vein-embolization.json $.sections[1].heading — a section heading. */
NC_("portal-vein-embolization", "Who it may help");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "It may help people who need liver surgery when the liver left after surgery would be too small. This part is called the [[future-liver-remnant|future liver remnant]].");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "In a healthy liver, surgeons want at least about 20 in 100 parts of the liver to stay. If the liver is scarred, for example by [[cirrhosis|cirrhosis]], they want more to stay.");
/* Translators: portal-vein-embolization.json $.sections[1].blocks[2].text. */
NC_("portal-vein-embolization", "Your team will measure your liver on scans. They will tell you whether this treatment may help you.");
/* Translators: portal-vein-embolization.json $.sections[2].heading — a section heading. */
NC_("portal-vein-embolization", "Before");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[0].items[0]. */
NC_("portal-vein-embolization", "You will have scans to measure your liver.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[0].items[1]. */
NC_("portal-vein-embolization", "Ask your team which medicines to stop before the procedure.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[0].items[2]. */
NC_("portal-vein-embolization", "Ask when to stop eating and drinking.");
/* Translators: portal-vein-embolization.json $.sections[2].blocks[0].items[3]. */
NC_("portal-vein-embolization", "Ask whether you will go home the same day.");
/* Translators: portal-vein-embolization.json $.sections[3].heading — a section heading. */
NC_("portal-vein-embolization", "During");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor guides a thin tube, called a [[catheter|catheter]], into a branch of the portal vein. Scans help the doctor see the way.");
/* Translators: portal-vein-embolization.json $.sections[3].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("portal-vein-embolization", "The doctor then puts material into the branch to block it. Blocking a blood vessel on purpose is called [[embolization|embolization]].");
/* Translators: portal-vein-embolization.json $.sections[4].heading — a section heading. */
NC_("portal-vein-embolization", "After and recovery");
/* Translators: portal-vein-embolization.json $.sections[4].blocks[0].text. */
NC_("portal-vein-embolization", "The part of the liver that stays grows over several weeks. In a review of 1,791 people, it grew on average to be a little more than one third bigger.");
/* Translators: portal-vein-embolization.json $.sections[4].blocks[1].text. */
NC_("portal-vein-embolization", "You will have scans to check how much it grew. If it grew enough, your surgery can be planned.");
/* Translators: portal-vein-embolization.json $.sections[5].heading — a section heading. */
NC_("portal-vein-embolization", "Possible side effects");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[0].text. */
NC_("portal-vein-embolization", "In the same review, the procedure worked as planned for more than 99 in 100 people. Fewer than 3 in 100 had a serious problem from it.");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[1].text. */
NC_("portal-vein-embolization", "Sometimes surgery cannot go ahead. In about 3 in 100 people, the liver did not grow enough. In about 6 in 100, the cancer grew while they waited.");
/* Translators: portal-vein-embolization.json $.sections[5].blocks[2].text. */
NC_("portal-vein-embolization", "Ask your team about the risks in your case.");
/* Translators: portal-vein-embolization.json $.sections[6].heading — a section heading. */
NC_("portal-vein-embolization", "When to call your care team");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[0].text. */
NC_("portal-vein-embolization", "Call your care team right away if you have any of these signs.");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[0]. */
NC_("portal-vein-embolization", "A fever of 101°F (38.3°C) or higher");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[1]. */
NC_("portal-vein-embolization", "Pain that gets worse, or that your pain medicine does not help");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[2]. */
NC_("portal-vein-embolization", "Bleeding, redness or swelling where the tube went in");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[3]. */
NC_("portal-vein-embolization", "Yellow skin or eyes");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[1].items[4]. */
NC_("portal-vein-embolization", "Nausea or vomiting that does not stop");
/* Translators: portal-vein-embolization.json $.sections[6].blocks[2].text. */
NC_("portal-vein-embolization", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: portal-vein-embolization.json $.key_points[0] — one of the key points. */
NC_("portal-vein-embolization", "This treatment helps the healthy part of the liver grow before surgery.");
/* Translators: portal-vein-embolization.json $.key_points[1] — one of the key points. */
NC_("portal-vein-embolization", "It blocks blood flow to the part of the liver that will be removed.");
/* Translators: portal-vein-embolization.json $.key_points[2] — one of the key points. */
NC_("portal-vein-embolization", "The part that stays grows over several weeks.");
/* Translators: portal-vein-embolization.json $.key_points[3] — one of the key points. */
NC_("portal-vein-embolization", "It works as planned for almost everyone, and serious problems are rare.");
/* Translators: portal-vein-embolization.json $.key_points[4] — one of the key points. */
NC_("portal-vein-embolization", "Scans will show whether your surgery can go ahead.");
/* Translators: portal-vein-embolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "Why do I need this before my surgery?");
/* Translators: portal-vein-embolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "How much of my liver will stay after surgery?");
/* Translators: portal-vein-embolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "How long will I wait before surgery?");
/* Translators: portal-vein-embolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "What happens if my liver does not grow enough?");
/* Translators: portal-vein-embolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "Will I stay in the hospital overnight?");
/* Translators: portal-vein-embolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("portal-vein-embolization", "What should I watch for at home?");
/* Translators: portal-vein-embolization.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient to explain in their own words why this is done before surgery.");
/* Translators: portal-vein-embolization.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient how long the liver takes to grow.");
/* Translators: portal-vein-embolization.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("portal-vein-embolization", "Ask the patient which signs mean they should call the care team.");

/* radioembolization.json */

/* Translators: radioembolization.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("radioembolization", "Radioembolization (Y-90 / SIRT)");
/* Translators: radioembolization.json $.subtitle — one line under the topic's title. */
NC_("radioembolization", "Tiny radioactive beads that treat liver tumors from the inside.");
/* Translators: radioembolization.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("radioembolization", "A doctor sends tiny radioactive beads into the artery that feeds your liver tumors. The beads stay there and give off radiation inside the tumors. Most people are back to their normal activities in a few days.");
/* Translators: radioembolization.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("radioembolization", "A drawing of a thin tube that goes from an artery in the groin up into the hepatic artery. Tiny beads flow out of the tube into the tumor.");
/* Translators: radioembolization.json $.illustration.caption — the caption under the picture. */
NC_("radioembolization", "The beads give off radiation inside the tumor.");
/* Translators: radioembolization.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("radioembolization", "Thin tube (catheter) from the groin or wrist");
/* Translators: radioembolization.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("radioembolization", "Hepatic artery");
/* Translators: radioembolization.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("radioembolization", "Tiny radioactive beads (Y-90)");
/* Translators: radioembolization.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("radioembolization", "Tumor");
/* Translators: radioembolization.json $.sections[0].heading — a section heading. */
NC_("radioembolization", "How it works");
/* Translators: radioembolization.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "[[radioembolization|Radioembolization]] is also called SIRT or Y-90. It uses tiny beads that hold a radioactive material called [[yttrium-90|yttrium-90 (Y-90)]].");
/* Translators: radioembolization.json $.sections[0].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "A doctor sends the beads through a thin tube, called a [[catheter|catheter]], into the [[hepatic-artery|hepatic artery]]. The beads get stuck in the small blood vessels of the tumors.");
/* Translators: radioembolization.json $.sections[0].blocks[2].text. */
NC_("radioembolization", "There, the beads give off radiation over a very short distance. This keeps most of the radiation inside the tumors. It helps protect the rest of the liver and body.");
/* Translators: radioembolization.json $.sections[1].heading — a section heading. */
NC_("radioembolization", "Who it may help");
/* Translators: radioembolization.json $.sections[1].blocks[0].text. */
NC_("radioembolization", "It may help people whose liver tumors cannot be removed with surgery. It is used for cancer that has spread to the liver, and for some cancers that start in the liver.");
/* Translators: radioembolization.json $.sections[1].blocks[1].text. */
NC_("radioembolization", "Your liver needs to be working well enough. A blood test helps check this.");
/* Translators: radioembolization.json $.sections[2].heading — a section heading. */
NC_("radioembolization", "Before");
/* Translators: radioembolization.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "First you have a planning test, called a mapping [[angiogram|angiogram]]. It is often done 1 to 4 weeks before the treatment.");
/* Translators: radioembolization.json $.sections[2].blocks[1].items[0]. */
NC_("radioembolization", "It shows which arteries feed your tumors.");
/* Translators: radioembolization.json $.sections[2].blocks[1].items[1]. */
NC_("radioembolization", "It finds arteries that carry blood to other organs. The doctor may block them to protect those organs.");
/* Translators: radioembolization.json $.sections[2].blocks[1].items[2]. */
NC_("radioembolization", "It checks how much could flow to your lungs.");
/* Translators: radioembolization.json $.sections[2].blocks[1].items[3]. */
NC_("radioembolization", "It helps your team plan the right dose.");
/* Translators: radioembolization.json $.sections[2].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "Ask your team which medicines to stop before each procedure, such as a [[blood-thinner|blood thinner]].");
/* Translators: radioembolization.json $.sections[3].heading — a section heading. */
NC_("radioembolization", "During");
/* Translators: radioembolization.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("radioembolization", "An [[interventional-radiologist|interventional radiologist]] does the treatment. You get medicine to numb the skin, and [[sedation|sedation]] to help you relax.");
/* Translators: radioembolization.json $.sections[3].blocks[1].text. */
NC_("radioembolization", "The doctor puts the catheter into an artery in the groin or wrist. X-rays help guide it to the liver. The doctor then puts the beads into the arteries that feed the tumors.");
/* Translators: radioembolization.json $.sections[4].heading — a section heading. */
NC_("radioembolization", "After and recovery");
/* Translators: radioembolization.json $.sections[4].blocks[0].text. */
NC_("radioembolization", "Many people go home the same day, a few hours after the treatment. Some stay one night or longer.");
/* Translators: radioembolization.json $.sections[4].blocks[1].text. */
NC_("radioembolization", "Most people can go back to their normal activities in 2 to 3 days.");
/* Translators: radioembolization.json $.sections[4].blocks[2].text. */
NC_("radioembolization", "Most of the radiation is given off within about 11 days. For the first day, you will be asked to take simple steps, like washing your hands well after using the toilet.");
/* Translators: radioembolization.json $.sections[5].heading — a section heading. */
NC_("radioembolization", "Possible side effects");
/* Translators: radioembolization.json $.sections[5].blocks[0].items[0]. */
NC_("radioembolization", "Tiredness and less appetite, which can last up to about 6 weeks");
/* Translators: radioembolization.json $.sections[5].blocks[0].items[1]. */
NC_("radioembolization", "Belly pain or nausea for 1 to 2 days");
/* Translators: radioembolization.json $.sections[5].blocks[0].items[2]. */
NC_("radioembolization", "Mild fever or chills for a few days");
/* Translators: radioembolization.json $.sections[5].blocks[1].text. */
NC_("radioembolization", "Serious side effects are rare. Sometimes beads reach other organs, such as the stomach or bowel, and cause sores called ulcers. Very rarely, the healthy liver or the lungs get too much radiation. The mapping test helps lower these risks.");
/* Translators: radioembolization.json $.sections[5].blocks[2].text. */
NC_("radioembolization", "You may take medicine for about a month after treatment to protect your stomach.");
/* Translators: radioembolization.json $.sections[6].heading — a section heading. */
NC_("radioembolization", "When to call your care team");
/* Translators: radioembolization.json $.sections[6].blocks[0].text. */
NC_("radioembolization", "Call your care team right away if you have any of these signs.");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[0]. */
NC_("radioembolization", "A high fever, or a fever that does not go away");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[1]. */
NC_("radioembolization", "Belly pain that is bad, or that your pain medicine does not help");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[2]. */
NC_("radioembolization", "Bleeding, pain or swelling where the tube went in");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[3]. */
NC_("radioembolization", "Yellow skin or eyes");
/* Translators: radioembolization.json $.sections[6].blocks[1].items[4]. */
NC_("radioembolization", "Nausea or vomiting that does not stop");
/* Translators: radioembolization.json $.sections[6].blocks[2].text. */
NC_("radioembolization", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: radioembolization.json $.key_points[0] — one of the key points. */
NC_("radioembolization", "Tiny radioactive beads go into the artery that feeds your tumors.");
/* Translators: radioembolization.json $.key_points[1] — one of the key points. */
NC_("radioembolization", "A mapping test comes first, to plan the dose and protect other organs.");
/* Translators: radioembolization.json $.key_points[2] — one of the key points. */
NC_("radioembolization", "Many people go home the same day.");
/* Translators: radioembolization.json $.key_points[3] — one of the key points. */
NC_("radioembolization", "Most people are back to normal activities in 2 to 3 days.");
/* Translators: radioembolization.json $.key_points[4] — one of the key points. */
NC_("radioembolization", "Tiredness is common and can last a few weeks.");
/* Translators: radioembolization.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Why is radioembolization a good choice for me?");
/* Translators: radioembolization.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "When will I have the mapping test?");
/* Translators: radioembolization.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Will I go home the same day?");
/* Translators: radioembolization.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Do I need to take any safety steps at home after treatment?");
/* Translators: radioembolization.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "When will we know if it worked?");
/* Translators: radioembolization.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("radioembolization", "Can I have other treatments, like chemotherapy, too?");
/* Translators: radioembolization.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient to explain in their own words how the beads treat the tumors.");
/* Translators: radioembolization.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient why they need a mapping test first.");
/* Translators: radioembolization.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("radioembolization", "Ask the patient which side effects are expected, and which mean they should call.");
/* Translators: radioembolization.json $.compare.name — a column heading of the Compare treatments table: one or two words. */
NC_("radioembolization", "Radioembolization (Y-90)");
/* Translators: radioembolization.json $.compare.how_given — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Radioactive beads sent through a tube in an artery");
/* Translators: radioembolization.json $.compare.anaesthesia — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Numbing medicine and medicine to help you relax");
/* Translators: radioembolization.json $.compare.hospital_stay — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Often none; some stay one night");
/* Translators: radioembolization.json $.compare.recovery — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Most are back to normal in 2 to 3 days");
/* Translators: radioembolization.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Varies; ask your team");
/* Translators: radioembolization.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Varies; ask your team");
/* Translators: radioembolization.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("radioembolization", "Tiredness, belly pain, nausea, mild fever");

/* sbrt.json */

/* Translators: sbrt.json $.title — the topic's title, in the sidebar and at the top of its page. */
NC_("sbrt", "SBRT (stereotactic body radiation therapy)");
/* Translators: sbrt.json $.subtitle — one line under the topic's title. */
NC_("sbrt", "Precise radiation beams aimed at liver tumors from outside the body.");
/* Translators: sbrt.json $.in_short — the “In short” summary; keep it as plain as the English. */
NC_("sbrt", "SBRT aims strong, precise radiation beams at a tumor from many angles. You have a few short sessions, and you go home after each one. It may be used when surgery or ablation is not possible.");
/* Translators: sbrt.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("sbrt", "A drawing of the liver with several thin beams coming from different directions. The beams meet at the tumor.");
/* Translators: sbrt.json $.illustration.caption — the caption under the picture. */
NC_("sbrt", "The beams meet at the tumor, so the tumor gets the highest dose.");
/* Translators: sbrt.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("sbrt", "Radiation beams from many angles");
/* Translators: sbrt.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("sbrt", "Tumor, where the beams meet");
/* Translators: sbrt.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("sbrt", "Liver");
/* Translators: sbrt.json $.sections[0].heading — a section heading. */
NC_("sbrt", "How it works");
/* Translators: sbrt.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "[[sbrt|SBRT]] is a type of radiation therapy. A machine aims beams at the tumor from many angles. The beams meet at the tumor, so the tumor gets a high dose and the tissue around it gets a low dose.");
/* Translators: sbrt.json $.sections[0].blocks[1].text. */
NC_("sbrt", "The beams come from outside the body. The machine does not touch you, and you will not feel the beams. SBRT does not make you radioactive.");
/* Translators: sbrt.json $.sections[1].heading — a section heading. */
NC_("sbrt", "Who it may help");
/* Translators: sbrt.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "It may be used for a small number of liver tumors, when surgery or [[ablation|ablation]] is not possible. It is mostly used for smaller tumors.");
/* Translators: sbrt.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "A [[radiation-oncologist|radiation oncologist]] will tell you whether SBRT may fit you.");
/* Translators: sbrt.json $.sections[2].heading — a section heading. */
NC_("sbrt", "Before");
/* Translators: sbrt.json $.sections[2].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "First you have a planning visit. You will have a planning scan, often a [[ct-scan|CT scan]]. You may get small marks on your skin.");
/* Translators: sbrt.json $.sections[2].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "Some people have tiny [[fiducial-markers|fiducial markers]] put in or near the tumor first. They help the team aim the beams.");
/* Translators: sbrt.json $.sections[2].blocks[2].text. */
NC_("sbrt", "You may be asked not to eat or drink for a couple of hours before each scan and each session.");
/* Translators: sbrt.json $.sections[3].heading — a section heading. */
NC_("sbrt", "During");
/* Translators: sbrt.json $.sections[3].blocks[0].text. */
NC_("sbrt", "SBRT is often given in 3 to 5 sessions over 1 to 2 weeks. Each session can take up to an hour.");
/* Translators: sbrt.json $.sections[3].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "You lie still on a table. You do not need [[anaesthesia|anesthesia]]. The team may ask you to hold your breath or breathe gently, so the tumor stays in place.");
/* Translators: sbrt.json $.sections[3].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("sbrt", "You go home after each session. This is called [[outpatient|outpatient]] care.");
/* Translators: sbrt.json $.sections[4].heading — a section heading. */
NC_("sbrt", "After and recovery");
/* Translators: sbrt.json $.sections[4].blocks[0].text. */
NC_("sbrt", "Many people feel tired. Tiredness often gets worse toward the end of treatment, and it can last a few weeks after.");
/* Translators: sbrt.json $.sections[4].blocks[1].text. */
NC_("sbrt", "Rest when you need to. Most people are back to their usual level of activity within a few weeks.");
/* Translators: sbrt.json $.sections[5].heading — a section heading. */
NC_("sbrt", "Possible side effects");
/* Translators: sbrt.json $.sections[5].blocks[0].items[0]. */
NC_("sbrt", "Tiredness, which is common");
/* Translators: sbrt.json $.sections[5].blocks[0].items[1]. */
NC_("sbrt", "Nausea, which is less common");
/* Translators: sbrt.json $.sections[5].blocks[0].items[2]. */
NC_("sbrt", "Pain in the chest wall or ribs, which is less common");
/* Translators: sbrt.json $.sections[5].blocks[0].items[3]. */
NC_("sbrt", "Rarely, weak ribs that can break, or a stomach ulcer");
/* Translators: sbrt.json $.sections[5].blocks[1].text. */
NC_("sbrt", "Serious liver damage from the radiation can happen in the first 3 months. It happens to fewer than 5 in 100 people. Signs include a swollen belly.");
/* Translators: sbrt.json $.sections[6].heading — a section heading. */
NC_("sbrt", "When to call your care team");
/* Translators: sbrt.json $.sections[6].blocks[0].text. */
NC_("sbrt", "Call your care team right away if you have any of these signs.");
/* Translators: sbrt.json $.sections[6].blocks[1].items[0]. */
NC_("sbrt", "A belly that swells");
/* Translators: sbrt.json $.sections[6].blocks[1].items[1]. */
NC_("sbrt", "Yellow skin or eyes");
/* Translators: sbrt.json $.sections[6].blocks[1].items[2]. */
NC_("sbrt", "Nausea or vomiting that does not stop");
/* Translators: sbrt.json $.sections[6].blocks[1].items[3]. */
NC_("sbrt", "New pain in your chest or ribs");
/* Translators: sbrt.json $.sections[6].blocks[1].items[4]. */
NC_("sbrt", "Vomiting blood, or black stools");
/* Translators: sbrt.json $.sections[6].blocks[2].text. */
NC_("sbrt", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: sbrt.json $.key_points[0] — one of the key points. */
NC_("sbrt", "SBRT aims strong, precise beams at the tumor from many angles.");
/* Translators: sbrt.json $.key_points[1] — one of the key points. */
NC_("sbrt", "It is often given in 3 to 5 short sessions, and you go home after each one.");
/* Translators: sbrt.json $.key_points[2] — one of the key points. */
NC_("sbrt", "It does not need anesthesia or a cut.");
/* Translators: sbrt.json $.key_points[3] — one of the key points. */
NC_("sbrt", "Tiredness is the most common side effect.");
/* Translators: sbrt.json $.key_points[4] — one of the key points. */
NC_("sbrt", "Serious liver damage is rare, in fewer than 5 in 100 people.");
/* Translators: sbrt.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Why is SBRT a good choice for me?");
/* Translators: sbrt.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "How many sessions will I have, and over how many days?");
/* Translators: sbrt.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Will I need markers put in first?");
/* Translators: sbrt.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Should I stop eating before each session?");
/* Translators: sbrt.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "Which side effects should I expect?");
/* Translators: sbrt.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("sbrt", "How will we know if the treatment worked?");
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
NC_("second-opinion", "A second opinion means another doctor looks at your tests and your treatment plan. It can help you feel sure about your choice, or show you other options. Many people get one before they start treatment.");
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
NC_("second-opinion", "The best time is before you start treatment. For most people, taking a few weeks to get a second opinion is fine. Ask your doctor how long you can safely wait.");
/* Translators: second-opinion.json $.sections[1].blocks[1].text. */
NC_("second-opinion", "Some health plans ask for a second opinion before some treatments. Check with your plan about what it will pay for.");
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
NC_("second-opinion", "In the United States, cancer centers chosen by the National Cancer Institute (NCI) are one place to look. Your doctor can also suggest someone.");
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
NC_("surgery", "Surgery removes the part of the liver that has tumors. It is only possible if enough healthy liver can stay. For some people, it gives the best chance to live longer, and sometimes a cure.");
/* Translators: surgery.json $.illustration.alt — describes the picture to people who use a screen reader. */
NC_("surgery", "A drawing of the liver with a tumor in one part. A line shows where the surgeon cuts, so the part with the tumor is removed and the healthy part stays.");
/* Translators: surgery.json $.illustration.caption — the caption under the picture. */
NC_("surgery", "The surgeon removes the part with the tumor and keeps the healthy liver.");
/* Translators: surgery.json $.illustration.legend[0] — names one numbered marker in the picture. */
NC_("surgery", "Part of the liver with the tumor, to be removed");
/* Translators: surgery.json $.illustration.legend[1] — names one numbered marker in the picture. */
NC_("surgery", "Healthy liver that stays");
/* Translators: surgery.json $.illustration.legend[2] — names one numbered marker in the picture. */
NC_("surgery", "Tumor");
/* Translators: surgery.json $.illustration.legend[3] — names one numbered marker in the picture. */
NC_("surgery", "Line where the surgeon cuts");
/* Translators: surgery.json $.sections[0].heading — a section heading. */
NC_("surgery", "How it works");
/* Translators: surgery.json $.sections[0].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "In a liver [[resection|resection]], a surgeon removes the part of the liver that has the tumors. The aim is to take out all the tumors and keep as much healthy liver as possible.");
/* Translators: surgery.json $.sections[0].blocks[1].text. */
NC_("surgery", "The liver can grow back. After surgery, the part that stays grows to do the work of the whole liver.");
/* Translators: surgery.json $.sections[1].heading — a section heading. */
NC_("surgery", "Who it may help");
/* Translators: surgery.json $.sections[1].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Tumors are [[resectable|resectable]] if a surgeon can take out all of them safely. Enough healthy liver must stay, with its blood supply and its bile drainage.");
/* Translators: surgery.json $.sections[1].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "The part that stays is called the [[future-liver-remnant|future liver remnant]]. In a healthy liver, at least about 20 in 100 parts of the liver must stay. It must include at least two liver sections that sit side by side.");
/* Translators: surgery.json $.sections[1].blocks[2].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Surgery is used most when [[colorectal-cancer|colorectal cancer]] has spread to the liver. For these people, taking out all the tumors gives the best chance to live longer. For some, it can lead to a cure.");
/* Translators: surgery.json $.sections[1].blocks[3].text. */
NC_("surgery", "How many people are alive 5 years after this surgery is different from study to study. A review of 60 studies found it was between 16 and 74 in 100 people. A typical result was about 38 in 100 (Kanas and others, 2012). Your own outlook depends on many things your team can explain.");
/* Translators: surgery.json $.sections[1].blocks[4].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "If the tumors cannot be removed now, [[chemotherapy|chemotherapy]] may shrink them so that surgery becomes possible later. If the part that would stay is too small, [[portal-vein-embolization|portal vein embolization]] can help it grow first.");
/* Translators: surgery.json $.sections[1].blocks[5].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Only a surgeon with a lot of liver experience should decide that tumors cannot be removed. If you were told surgery is not possible, you can ask for a [[second-opinion|second opinion]].");
/* Translators: surgery.json $.sections[2].heading — a section heading. */
NC_("surgery", "Before");
/* Translators: surgery.json $.sections[2].blocks[0].items[0]. */
NC_("surgery", "You will have scans and tests to plan the surgery.");
/* Translators: surgery.json $.sections[2].blocks[0].items[1]. */
NC_("surgery", "You may have chemotherapy first.");
/* Translators: surgery.json $.sections[2].blocks[0].items[2]. */
NC_("surgery", "Try to eat well, sleep enough and stay active.");
/* Translators: surgery.json $.sections[2].blocks[0].items[3]. */
NC_("surgery", "If you smoke, your team can help you stop before surgery.");
/* Translators: surgery.json $.sections[2].blocks[1].text. */
NC_("surgery", "For colorectal cancer, chemotherapy is often given before and after surgery. In one large study, some people had chemotherapy before and after surgery, and some had surgery alone. After 3 years, about 35 in 100 people who had chemotherapy had no sign that the cancer had grown or come back. With surgery alone, it was about 28 in 100.");
/* Translators: surgery.json $.sections[3].heading — a section heading. */
NC_("surgery", "During");
/* Translators: surgery.json $.sections[3].blocks[0].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "You will have general [[anaesthesia|anesthesia]], so you are asleep and feel no pain. Some people also get an epidural, which numbs the belly to help with pain.");
/* Translators: surgery.json $.sections[3].blocks[1].text. */
NC_("surgery", "Liver surgery may be open surgery, through one larger cut in the belly. Some can be done through a few small cuts. This is called keyhole surgery.");
/* Translators: surgery.json $.sections[4].heading — a section heading. */
NC_("surgery", "After and recovery");
/* Translators: surgery.json $.sections[4].blocks[0].items[0]. */
NC_("surgery", "Most people are out of bed and eating within about a day.");
/* Translators: surgery.json $.sections[4].blocks[0].items[1]. */
NC_("surgery", "You will stay in the hospital about 5 to 6 days after a large surgery, or 3 to 4 days after a small one.");
/* Translators: surgery.json $.sections[4].blocks[0].items[2]. */
NC_("surgery", "You will see your surgeon 1 to 2 weeks after you go home.");
/* Translators: surgery.json $.sections[4].blocks[0].items[3]. */
NC_("surgery", "Do not lift heavy things for about 6 weeks.");
/* Translators: surgery.json $.sections[4].blocks[0].items[4]. */
NC_("surgery", "Do not drink alcohol while your liver heals.");
/* Translators: surgery.json $.sections[4].blocks[0].items[5]. */
NC_("surgery", "Full recovery can take up to about 12 weeks.");
/* Translators: surgery.json $.sections[4].blocks[1].text.
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("surgery", "Expect to feel tired, and plan to rest at home. An [[oncologist|oncologist]] may also see you after surgery, for example to plan more chemotherapy.");
/* Translators: surgery.json $.sections[5].heading — a section heading. */
NC_("surgery", "Possible side effects");
/* Translators: surgery.json $.sections[5].blocks[0].text. */
NC_("surgery", "Liver surgery is a major operation. Your surgeon will talk with you about its risks.");
/* Translators: surgery.json $.sections[5].blocks[1].items[0]. */
NC_("surgery", "Soreness and pain in your belly");
/* Translators: surgery.json $.sections[5].blocks[1].items[1]. */
NC_("surgery", "Feeling tired for a few weeks");
/* Translators: surgery.json $.sections[5].blocks[1].items[2]. */
NC_("surgery", "Nausea at first");
/* Translators: surgery.json $.sections[5].blocks[1].items[3]. */
NC_("surgery", "A scar where the surgeon cut");
/* Translators: surgery.json $.sections[5].blocks[2].text. */
NC_("surgery", "Most of these get better over the first few weeks.");
/* Translators: surgery.json $.sections[6].heading — a section heading. */
NC_("surgery", "When to call your care team");
/* Translators: surgery.json $.sections[6].blocks[0].text. */
NC_("surgery", "Call your care team right away if you have any of these signs.");
/* Translators: surgery.json $.sections[6].blocks[1].items[0]. */
NC_("surgery", "A fever of 101°F (38.3°C) or higher");
/* Translators: surgery.json $.sections[6].blocks[1].items[1]. */
NC_("surgery", "Pain that gets worse, or that your pain medicine does not help");
/* Translators: surgery.json $.sections[6].blocks[1].items[2]. */
NC_("surgery", "Redness, swelling, warmth or fluid at your cut");
/* Translators: surgery.json $.sections[6].blocks[1].items[3]. */
NC_("surgery", "Bleeding from your cut, or a cut that opens");
/* Translators: surgery.json $.sections[6].blocks[1].items[4]. */
NC_("surgery", "Yellow skin or eyes");
/* Translators: surgery.json $.sections[6].blocks[1].items[5]. */
NC_("surgery", "Nausea or vomiting that does not stop");
/* Translators: surgery.json $.sections[6].blocks[2].text. */
NC_("surgery", "If you have trouble breathing, chest pain, or heavy bleeding, call your emergency number right away.");
/* Translators: surgery.json $.key_points[0] — one of the key points. */
NC_("surgery", "Surgery removes the part of the liver that has the tumors.");
/* Translators: surgery.json $.key_points[1] — one of the key points. */
NC_("surgery", "Enough healthy liver must stay for surgery to be safe.");
/* Translators: surgery.json $.key_points[2] — one of the key points. */
NC_("surgery", "Chemotherapy is often given before or after surgery.");
/* Translators: surgery.json $.key_points[3] — one of the key points. */
NC_("surgery", "Most people stay in the hospital 3 to 6 days.");
/* Translators: surgery.json $.key_points[4] — one of the key points. */
NC_("surgery", "Full recovery can take up to about 12 weeks.");
/* Translators: surgery.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Can all my tumors be removed?");
/* Translators: surgery.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "How much of my liver will stay after surgery?");
/* Translators: surgery.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Will I have chemotherapy before or after surgery?");
/* Translators: surgery.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "Will this be open surgery or keyhole surgery?");
/* Translators: surgery.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "How long will I stay in the hospital?");
/* Translators: surgery.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "When can I go back to work and lift things?");
/* Translators: surgery.json $.questions[6] — a question people can tick to ask their care team; it goes on the handout. */
NC_("surgery", "What is my own outlook after surgery?");
/* Translators: surgery.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("surgery", "Ask the patient to explain in their own words why enough healthy liver must stay.");
/* Translators: surgery.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("surgery", "Ask the patient why chemotherapy may be given before or after surgery.");
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
NC_("surgery", "Up to about 12 weeks");
/* Translators: surgery.json $.compare.repeatable — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "Varies; ask your team");
/* Translators: surgery.json $.compare.with_surgery — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "This is the surgery. Chemotherapy is often given before or after.");
/* Translators: surgery.json $.compare.side_effects — a cell of the Compare treatments table: keep it short. */
NC_("surgery", "Belly pain, tiredness, nausea at first");

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
NC_("what-are-liver-metastases", "A [[metastasis|metastasis]] is a tumor made of cancer cells that spread from the place where the cancer started. That first place is called the [[primary-cancer|primary cancer]].");
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
NC_("what-are-liver-metastases", "Stomach cancer or pancreas cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[2].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "[[bile-duct|Bile duct]] cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[3]. */
NC_("what-are-liver-metastases", "Lung cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[4]. */
NC_("what-are-liver-metastases", "Breast cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[5]. */
NC_("what-are-liver-metastases", "Melanoma, a type of skin cancer");
/* Translators: what-are-liver-metastases.json $.sections[2].blocks[0].items[6].
   Keep each glossary mark [[term-id|shown words]] with its term id; translate
   only the words after the bar. [[term-id]] alone shows the glossary term;
   add |words if the sentence needs another form. */
NC_("what-are-liver-metastases", "[[neuroendocrine-tumour|Neuroendocrine tumors]]");
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
NC_("what-are-liver-metastases", "Treatment may include medicine for the whole body, surgery, or treatments aimed only at the liver. Other topics in this app explain each one.");
/* Translators: what-are-liver-metastases.json $.sections[4].blocks[2].text. */
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
NC_("what-are-liver-metastases", "Your team plans care based on where the cancer started.");
/* Translators: what-are-liver-metastases.json $.questions[0] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Where did my cancer start?");
/* Translators: what-are-liver-metastases.json $.questions[1] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "How many tumors are in my liver, and where are they?");
/* Translators: what-are-liver-metastases.json $.questions[2] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Has the cancer spread to other places too?");
/* Translators: what-are-liver-metastases.json $.questions[3] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "How well is my liver working?");
/* Translators: what-are-liver-metastases.json $.questions[4] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Which treatments could help me?");
/* Translators: what-are-liver-metastases.json $.questions[5] — a question people can tick to ask their care team; it goes on the handout. */
NC_("what-are-liver-metastases", "Which signs should I tell you about right away?");
/* Translators: what-are-liver-metastases.json $.teach_back[0] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient to explain in their own words what a liver metastasis is.");
/* Translators: what-are-liver-metastases.json $.teach_back[1] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient why colon cancer in the liver is still treated as colon cancer.");
/* Translators: what-are-liver-metastases.json $.teach_back[2] — a prompt for the clinician, to check the person understood (teach-back). */
NC_("what-are-liver-metastases", "Ask the patient which signs they would tell the care team about.");

#endif
