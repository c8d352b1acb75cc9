using System;
using System.Linq;
using System.Reflection;

namespace Maturity.Tests.Golden;

/// <summary>Golden values for every sample company: overall score (1 decimal), level and top
/// recommendation. Values were obtained once from the engine
/// (<c>dotnet run --project src/Maturity.Cli -- assess -a &lt;file&gt; --format json</c>) and cross-checked:
/// the beginner of each rule set is worked out by hand below, and all rows were recomputed by an
/// independent re-implementation of docs/rule-format.md (same scores to 1e-6, same levels, same
/// recommendation order and gains). A new sample company adds one InlineData row.
///
/// Notation: "q p/max" is an answer's points over the question's maximum, "w2" a weight other
/// than 1, "hidden" a question whose <c>when</c> is false, "N/A" a not-applicable answer (both left
/// out of numerator and denominator). Node score = 100 × Σ w·(p/max) / Σ w over counted children.
/// </summary>
public sealed class SampleGoldenTests
{
    // ---- agrifood/beginner (hand-checked) -------------------------------------------------------
    // headcount is informational (number without bands); training_plan hidden (headcount < 10).
    // strategy:   digital_plan none 0/3 w2, digital_owner 0/1, digital_budget_share 0.5 % → band 0 → 0/3,
    //             online_presence [] 0/4, digital_kpis 0/1                       = 100 × 0 / 6          = 0
    // readiness:  connectivity 0/3, business_software 1/4, cloud_use 0/3, einvoicing_ready 0/1,
    //             device_management 0/2, remote_work N/A                          = 100 × 0.25 / 5       = 5
    // skills:     digital_training 0/3, digital_skills_level 1/4, staff_involvement 1/1, it_charter 0/1
    //                                                                             = 100 × 1.25 / 4       = 31.25
    // data:       backup_tested 0/1 w2, mfa 0/1 w2, security_updates 1/3, security_awareness 0/3,
    //             incident_plan 0/1, gdpr_register 0/1, data_driven 1/3           = 100 × 0.6667 / 9     = 7.4074
    // automation: process_automation 0/3, tool_integration 0/3, ai_use 0/3, (ai_policy hidden),
    //             connected_equipment 0/1                                         = 100 × 0 / 4          = 0
    // green:      equipment_lifespan 2/2, refurbished_share 0/1, weee_recycling 0/1, energy_settings 1/1,
    //             (ecodesign_web hidden), green_criteria 0/1, resource_metering 0/3 = 100 × 2 / 6        = 33.3333
    // agri_production (w2): production_stage w0, farm_management_software 1/3 w2, precision_tools 0/3,
    //             weather_decision 1/3, telepac_online 0/1, (production_monitoring hidden), yield_history 0/1
    //                                                                             = 100 × 1 / 6          = 16.6667
    // food_chain (w2): lot_traceability 1/4 w2, (gs1_identification, recall_drill, haccp_records hidden),
    //             cold_chain_monitoring 1/3                                       = 100 × 0.8333 / 3     = 27.7778
    // agri_markets (w1): sales_platforms 0/3, (online_sales_share hidden), trade_orders 0/2 = 0
    // overall = (0 + 5 + 31.25 + 7.4074 + 0 + 33.3333 + 2×16.6667 + 2×27.7778 + 0) / 11 = 165.8796 / 11 = 15.080
    // level: 'traced' needs 25 → initial. Top recommendation: monitor-cold-chain (cold_chain 1/3 → 3/3:
    // food_chain +22.22, overall +2×22.22/11 = 4.04, effort low) ties on gain with farm-management-software
    // (1/3 w2 → 3/3: agri_production +22.22 → +4.04, effort medium); low effort wins.
    //
    // ---- health/beginner (hand-checked) ---------------------------------------------------------
    // strategy:   digital_plan 0/3 w2, digital_owner 0/1, budget 0.5 % → 0/3, online_presence 2/4, kpis 0/1
    //                                                                             = 100 × 0.5 / 6        = 8.3333
    // readiness:  connectivity fast 1/3, business_software 2/4, cloud_use pilot 1/3, einvoicing 0/1,
    //             device_management inventory 1/2, remote_work N/A                = 100 × 1.6667 / 5     = 33.3333
    // skills:     digital_training some 1/3, training_plan 0/1 (asked: headcount 34 ≥ 10), skills_level 1/4,
    //             staff_involvement 1/1, it_charter 0/1                           = 100 × 1.5833 / 5     = 31.6667
    // data (+health merge): backup 0/1 w2, mfa 0/1 w2, security_updates automatic 2/3, awareness some 1/3,
    //             incident_plan 0/1, gdpr 1/1, data_driven 1/3, incident_reporting 0/1 w2,
    //             care_continuity_plan 0/2 w2, hds_hosting 2/2, professional_auth 0/1
    //                                                                             = 100 × 3.3333 / 15    = 22.2222
    // automation (+health merge): all 0, ai_policy hidden, medical_devices_data 0/2 = 100 × 0 / 5       = 0
    // green:      equipment_lifespan long 2/2, others 0 (refurbished, weee, energy, ecodesign_web, green_criteria)
    //                                                                             = 100 × 1 / 6          = 16.6667
    // care_records (w2): care_setting w0, dpi_rollout pilot 1/4 w2, eprescription pilot 1/4,
    //             results_integration 0/1 (dpi_structured, record_usability, decision_support,
    //             medication_loop hidden: dpi_rollout and eprescription below 'partial')
    //                                                                             = 100 × 0.75 / 4       = 18.75
    // care_exchange (w2): mssante mailbox 1/3 w2, dmp never 0/2, ins_qualified 25 → band 1/4,
    //             interop_standards 0/3, segur 0/1, telehealth 0/3 (patient_booking hidden)
    //                                                                             = 100 × 0.9167 / 7     = 13.0952
    // overall = (8.3333 + 33.3333 + 31.6667 + 22.2222 + 0 + 16.6667 + 2×18.75 + 2×13.0952) / 10 = 17.591
    // level: 'equipped' (min 15; care_setting answered, dpi_rollout ≥ pilot, mssante ≥ mailbox);
    // 'electronic_record' needs 30. Top recommendation: adopt-mssante (mailbox → integrated:
    // care_exchange +100×2×(2/3)/7 = 19.05, overall +2×19.05/10 = 3.81) beats extend-equipment-life (3.33).
    //
    // ---- hospitality/beginner (hand-checked) ----------------------------------------------------
    // strategy:   online_presence 2/4, everything else 0 (plan w2, owner, budget, kpis) = 100 × 0.5 / 6   = 8.3333
    // readiness:  connectivity 1/3, business_software 0/4, cloud_use 1/3, einvoicing 0/1, device 0/2,
    //             remote_work N/A, (pms hidden: rooms = 0), cash_register 2/3     = 100 × 1.3333 / 6     = 22.2222
    // skills:     training 0/3, skills_level 1/4, involvement 0/1, charter 0/1    = 100 × 0.25 / 4       = 6.25
    // data:       security_updates 1/3, all else 0 (backup w2, mfa w2, awareness, incident_plan, gdpr,
    //             data_driven, guest_wifi 0/2)                                     = 100 × 0.3333 / 10    = 3.3333
    // automation: all 0 (ai_policy hidden), haccp_digital 0/1                     = 100 × 0 / 5          = 0
    // green:      equipment_lifespan medium 1/2, others 0, smart_energy 0/1       = 100 × 0.5 / 6        = 8.3333
    // distribution (w2): booking_engine, channel_manager, ota_share, revenue_management hidden (rooms = 0);
    //             table_booking 0/3, tourism_data 0/3                             = 0
    // guest_experience (w2): online_reviews 1/3 w2, review_rating 2/3, guest_messaging 0/3,
    //             guest_payment 2/3, ordering_tools 0/3                           = 100 × 2 / 6          = 33.3333
    // overall = (8.3333 + 22.2222 + 6.25 + 3.3333 + 0 + 8.3333 + 2×0 + 2×33.3333) / 10 = 11.514
    // level: 'emerging' needs 25 → initial. Top recommendation: online-table-booking (table_booking
    // 0/3 → 3/3: distribution 50, overall +2×50/10 = 10) TIES with update-tourism-listing (tourism_data,
    // also +10, also effort low); the tie is broken by declaration order, so online-table-booking.
    //
    // ---- retail/beginner (hand-checked) ---------------------------------------------------------
    // strategy:   online_presence 1/4                                             = 100 × 0.25 / 6       = 4.1667
    // readiness:  connectivity 1/3, business_software 1/4, rest 0, remote_work N/A = 100 × 0.5833 / 5    = 11.6667
    // skills:     skills_level 1/4, rest 0                                        = 100 × 0.25 / 4       = 6.25
    // data (+retail merge): security_updates 1/3, rest 0 (backup w2, mfa w2, …, customer_consent 0/1,
    //             assortment_analysis 0/3)                                        = 100 × 0.3333 / 11    = 3.0303
    // automation: all 0, connected_equipment N/A, marketing_automation 0/1        = 100 × 0 / 4          = 0
    // green:      equipment_lifespan long 2/2, rest 0, digital_receipt 0/1        = 100 × 1 / 6          = 16.6667
    // retail_sales (w2): pos_system 1/3 w2, online_sales_channels 0/3, (online_sales_share, omnichannel_stock
    //             hidden), customer_loyalty 1/3, payment_methods 1/3, reviews_management 0/3
    //                                                                             = 100 × 1.3333 / 6     = 22.2222
    // retail_operations (w2): stock 0/3 w2, barcode 0/1, product_data 0/1, shelf labels 0/3, edi_partners N/A = 0
    // overall = (4.1667 + 11.6667 + 6.25 + 3.0303 + 0 + 16.6667 + 2×22.2222 + 0) / 10 = 8.622
    // level: initial. Top recommendation: digitise-stock (improves stock_management and barcode_scanning:
    // retail_operations 100×3/5 = 60, overall +2×60/10 = 12).
    //
    // ---- transport/beginner (hand-checked) ------------------------------------------------------
    // strategy 4.1667, readiness 11.6667, skills 6.25 (same answers as retail/beginner there)
    // data:       security_updates 1/3, rest 0, (geoloc_compliance hidden)        = 100 × 0.3333 / 9     = 3.7037
    // automation: all 0                                                           = 0
    // green (+transport merge): equipment_lifespan 2/2, fuel_monitoring 1/3 w2, eco_driving 0/3,
    //             co2_information 1/3, others 0 (ecodesign_web hidden)            = 100 × 2 / 9          = 22.2222
    // transport_operations (w2): tms 0/3 w2, route_optimisation 1/3, telematics 0/3, tachograph 1/3,
    //             (warehouse_wms hidden), compliance_tracking 0/1                 = 100 × 0.6667 / 6     = 11.1111
    // transport_exchange (w2): epod 0/3, ecmr 0/3, shipper_edi 0/3, realtime_tracking 1/3 w2
    //                                                                             = 100 × 0.6667 / 5     = 13.3333
    // overall = (4.1667 + 11.6667 + 6.25 + 3.7037 + 0 + 22.2222 + 2×11.1111 + 2×13.3333) / 10 = 9.690
    // level: initial. Top recommendation: paperless-consignment-notes (improves ecmr and epod:
    // transport_exchange +100×2/5 = 40, overall +2×40/10 = 8) ahead of deploy-tms (6.67).
    //
    // ---- construction/beginner (hand-checked) ---------------------------------------------------
    // strategy (+construction merge): online_presence 2/4, e_tendering 0/3, rest 0 (plan w2) = 100 × 0.5 / 7 = 7.1429
    // readiness:  connectivity 1/3, business_software 1/4, cloud 1/3, rest 0, remote_work N/A
    //                                                                             = 100 × 0.9167 / 5     = 18.3333
    // skills:     skills_level 1/4, rest 0 (training_plan hidden)                 = 100 × 0.25 / 4       = 6.25
    // data (+merge): security_updates 2/3, data_driven 1/3, shared_platform 0/1, rest 0 (backup w2, mfa w2)
    //                                                                             = 100 × 1 / 10         = 10
    // automation: all 0 (ai_policy hidden)                                        = 0
    // green (+merge): equipment_lifespan 2/2, waste_tracking 0/1 w2, rest 0       = 100 × 1 / 8          = 12.5
    // bim_design (w2): bim_maturity 0/4 w2, estimating_software 1/3 w2, energy_carbon_calc 0/2,
    //             reality_capture 0/2 (bim_projects, ifc_exchange, bim_protocol hidden) = 100 × 0.6667 / 6 = 11.1111
    // site_operations (w2): site_diary 0/3 w2, field_app_users 0/3, plans_on_site 0/3, snag_tracking 0/1,
    //             handover_docs 0/3 w2                                            = 0
    // overall = (7.1429 + 18.3333 + 6.25 + 10 + 0 + 12.5 + 2×11.1111 + 2×0) / 10 = 7.645
    // level: 'equipped' needs 25 → initial. Top recommendation: digital-site-diary (site_diary 0/3 w2 → 3/3:
    // site_operations 100×2/7 = 28.57, overall +2×28.57/10 = 5.71, effort low) TIES with
    // digital-handover-files (handover_docs, same +5.71, effort medium); lower effort wins.
    //
    // ---- core/beginner (hand-checked) -----------------------------------------------------------
    // strategy:   online_presence 2/4, rest 0                                     = 100 × 0.5 / 6        = 8.3333
    // readiness:  connectivity 1/3, rest 0, remote_work N/A                       = 100 × 0.3333 / 5     = 6.6667
    // skills:     digital_skills_level 1/4, rest 0 (training_plan hidden)         = 100 × 0.25 / 4       = 6.25
    // data:       security_updates 1/3, rest 0 (backup w2, mfa w2)                = 100 × 0.3333 / 9     = 3.7037
    // automation: all 0, connected_equipment N/A (ai_policy hidden)               = 100 × 0 / 3          = 0
    // green:      equipment_lifespan 2/2, energy_settings 1/1, refurbished 0/1, weee 0/1, green_criteria 0/1
    //             (ecodesign_web hidden: no website)                              = 100 × 2 / 5          = 40
    // overall = (8.3333 + 6.6667 + 6.25 + 3.7037 + 0 + 40) / 6 = 64.9537 / 6 = 10.826
    // level: 'emerging' needs 25 → initial. Top recommendation: extend-equipment-life (improves
    // equipment_lifespan, refurbished_share, weee_recycling: green 100 × 4/5 = 80, overall +40/6 = 6.67)
    // ahead of write-digital-plan (5.56).
    //
    // ---- industry/beginner (hand-checked) -------------------------------------------------------
    // strategy:   digital_plan informal 1/3 w2, budget 1/3, online_presence 2/4, rest 0 = 100 × 1.5 / 6 = 25
    // readiness:  connectivity 1/3, business_software 2/4, cloud 1/3, remote_work 0/1, rest 0
    //                                                                             = 100 × 1.1667 / 6     = 19.4444
    // skills (+industry merge): skills_level 1/4, training_plan 0/1, operator_instructions 0/4, rest 0
    //                                                                             = 100 × 0.25 / 6       = 4.1667
    // data (+industry merge): security_updates 1/3, data_driven 1/3, ot_segmentation 0/3 w2,
    //             ot_remote_access 0/1, ot_inventory 0/1, rest 0 (backup w2, mfa w2) = 100 × 0.6667 / 13 = 5.1282
    // automation: all 0 (ai_policy hidden)                                        = 0
    // green (+industry merge): equipment_lifespan 2/2, energy_monitoring 0/3 w2, rest 0 = 100 × 1 / 8   = 12.5
    // production_systems (w2): production_planning 0/3 w2, shopfloor_data_capture 0/4, design_tools 2/3,
    //             iiot_sensors 0/4, maintenance_strategy 0/4 w2, robotics 0/3 (digital_twin hidden)
    //                                                                             = 100 × 0.6667 / 8     = 8.3333
    // quality_supply (w1): quality_control 0/3 w2, product_genealogy 0/1, supply_edi 0/3 = 0
    // overall = (25 + 19.4444 + 4.1667 + 5.1282 + 0 + 12.5 + 2×8.3333 + 0) / 9 = 82.906 / 9 = 9.212
    // level: computerisation (lowest; 'connectivity' needs 25). Top recommendation: adopt-spc
    // (quality_control 0/3 w2 → 3/3: quality_supply 50, overall +50/9 = 5.56, effort medium) TIES with
    // deploy-mes and move-to-predictive-maintenance (both +5.56, effort high); lower effort wins.
    //
    // ---- services/beginner (hand-checked) -------------------------------------------------------
    // strategy:   budget 1/3, online_presence 2/4, rest 0                         = 100 × 0.8333 / 6     = 13.8889
    // readiness:  connectivity 1/3, business_software 1/4, cloud 1/3, remote_work 0/1, rest 0
    //                                                                             = 100 × 0.9167 / 6     = 15.2778
    // skills (+services merge): skills_level 2/4, skills_matrix 0/1, rest 0 (training_plan hidden)
    //                                                                             = 100 × 0.5 / 5        = 10
    // data (+services merge): security_updates 1/3, client_data_protection 0/1 w2, rest 0 = 100 × 0.3333 / 11 = 3.0303
    // automation: ai_use pilot 1/3, ai_policy 0/1, rest 0, connected_equipment N/A = 100 × 0.3333 / 4   = 8.3333
    // green:      equipment_lifespan medium 1/2, rest 0, ecodesign_delivery N/A   = 100 × 0.5 / 6        = 8.3333
    // service_delivery (w2): time_tracking 0/3, document_management 0/3, esignature 0/3, client_portal 0/3 w2,
    //             knowledge_base 1/3, client_efiling N/A, accessibility_practice N/A = 100 × 0.3333 / 6  = 5.5556
    // engineering_security (w2): ci_cd, secure_dev, dependency_scanning hidden (developers = 0);
    //             hosting_resilience 0/3, security_certification 0/3              = 0
    // overall = (13.8889 + 15.2778 + 10 + 3.0303 + 8.3333 + 8.3333 + 2×5.5556 + 2×0) / 10 = 6.997
    // level: initial. Top recommendation: security-certification-path (security_certification 0/3 → 3/3:
    // engineering_security 50, overall +2×50/10 = 10) ahead of open-client-portal (6.67).
    //
    // ---- edih-dma/beginner (hand-checked; normalized; multi questions score ticked / offered) -----
    // digital_strategy: business_areas (weight 2) = mean(invested 1/10, planned 1/10) = 0.1;
    //             preparedness 1/10 = 0.1 → 100 × (2 × 0.1 + 0.1) / 3                          = 10
    // digital_readiness: basic_technologies 3/10 = 0.3; advanced_technologies = (2/5) / 7 = 0.0571
    //             → (0.3 + 0.0571) / 2 × 100                                                  = 17.8571
    // human_centric: staff_upskilling 1/7, staff_engagement 1/8 → (0.1429 + 0.125) / 2 × 100   = 13.3929
    // data_management: data_practices 1 point of 7 (sum scoring, the negative statement is worth 0),
    //             data_security 1/6 → (0.1429 + 0.1667) / 2 × 100                             = 15.4762
    // automation_ai: natural_language 1/5, four others 0/5 → 100 × 0.2 / 5                     = 4
    // green_digitalisation: green_uses 1/10; green_choices = 0.5 / 5 = 0.1 → (0.1 + 0.1) / 2 × 100 = 10
    // overall = (10 + 17.8571 + 13.3929 + 15.4762 + 4 + 10) / 6 = 70.7262 / 6 = 11.7877
    // level: 'average' needs 26 → basic. The reference model declares no recommendations: none for any sample.
    //
    // ---- himss-emram (raw `sum` of the 27 capabilities; the stage is the level) -----------------
    // beginner: 9 capabilities; stage 1 lacks non_dicom_images → stage_0.
    // intermediate: 21 capabilities; stages 1-4 complete, stage 5 lacks physician_documentation_templates → stage_4.
    // leader: all 27, closed loop 97 % ≥ 95, CPOE 95 % and physician notes 92 % ≥ 90 → stage_7.
    //
    // ---- eurostat-dii/beginner (hand-checked; raw scale, `sum`) ---------------------------------
    // yes: fast_broadband, social_media; the 10 other indicators no → score 2 of 12 → very_low (low needs 4).
    // Top (only) recommendation reach-basic-intensity (when dii < 4); it names the dimension, so its
    // what-if sets all 12 indicators to yes: gain 12 - 2 = 10.
    //
    // ---- energy-water-waste/beginner (hand-checked) ---------------------------------------------
    // strategy:   online_presence 1/4, rest 0 (plan w2)                           = 100 × 0.25 / 6       = 4.1667
    // readiness:  connectivity 1/3, business_software 2/4, cloud 1/3, remote_work 0/1, rest 0
    //                                                                             = 100 × 1.1667 / 6     = 19.4444
    // skills:     training_plan 0/1 (12 people), skills_level 1/4, staff_involvement 1/1, rest 0 = 100 × 1.25 / 5 = 25
    // data:       security_updates 1/3, data_driven 1/3, rest 0 (backup w2, mfa w2) = 100 × 0.6667 / 9   = 7.4074
    // automation: all 0, connected_equipment N/A                                  = 0
    // green (+merge): equipment_lifespan 2/2, site_energy_monitoring 0/3, rest 0 (ecodesign_web hidden) = 100 × 1 / 6 = 16.6667
    // utility_operations (w2): remote_supervision 0/3 w2, asset_mapping 2/4 w2, maintenance 0/3 w2,
    //             works_notifications N/A, collection_rounds 0/3 w2, container_identification 1/3
    //             (water and energy questions hidden)                             = 100 × 1.3333 / 9     = 14.8148
    // utility_compliance (w2): waste_tracking_slips 2/3 w2, waste_register 2/3, regulatory_returns 0/2,
    //             ot_segmentation 0/3 w2, ot_remote_access 0/2, open_data 0/1     = 100 × 2 / 8          = 25
    // utility_users: user_self_service 1/3 w2, service_alerts 0/2, consumption_feedback 0/1 = 100 × 0.6667 / 4 = 16.6667
    // overall = (4.1667 + 19.4444 + 25 + 7.4074 + 0 + 16.6667 + 2×14.8148 + 2×25 + 16.6667) / 11 = 15.362
    // level: 'supervised' needs 25 → initial. Top recommendation: segment-ot-network (ot_segmentation 0/3 w2 →
    // 3/3: utility_compliance +100×2/8 = 25, overall +2×25/11 = 4.55) ahead of deploy-cmms (4.04).
    //
    // ---- finance-real-estate/beginner (hand-checked) --------------------------------------------
    // strategy:   online_presence 2/4, rest 0                                     = 100 × 0.5 / 6        = 8.3333
    // readiness:  as energy-water-waste/beginner                                  = 19.4444
    // skills:     skills_level 1/4, staff_involvement 1/1, rest 0 (training_plan hidden: 3 people) = 100 × 1.25 / 4 = 31.25
    // data (+merge): security_updates 1/3, data_driven 1/3, client_data_retention 0/1, rest 0 = 100 × 0.6667 / 10 = 6.6667
    // automation: 0. green: equipment_lifespan 2/2, ecodesign_web 0/1 (website), rest 0 = 100 × 1 / 6 = 16.6667
    // fin_client_journey (w2): remote_onboarding 0/3 w2, aml_screening 0/3 w2, contract_esignature 1/3,
    //             client_portal 0/3 w2, complaints_tracking 0/1                   = 100 × 0.3333 / 8     = 4.1667
    // fin_operations (w2): trade_software 1/3 w2, partner_exchanges 0/2, ict_provider_register 0/1,
    //             ict_incident_process 1/3 w2, regulatory_reporting 0/2, payment_fraud_controls 1/3
    //                                                                             = 100 × 1.6667 / 8     = 20.8333
    // fin_trade:  property_marketing 1/3, mandate_register 0/2 (advice, credit, claims hidden) = 100 × 0.3333 / 2 = 16.6667
    // overall = (8.3333 + 19.4444 + 31.25 + 6.6667 + 0 + 16.6667 + 2×4.1667 + 2×20.8333 + 16.6667) / 11 = 13.548
    // level: initial. Top recommendation: screen-aml-lists (aml_screening 0/3 w2 → 3/3: journey +25, overall
    // +2×25/11 = 4.55) TIES with open-client-area (same gain, same effort); the first declared wins.
    //
    // ---- public-education/beginner (hand-checked) -----------------------------------------------
    // strategy 8.3333, readiness 19.4444, skills 31.25 (as finance-real-estate/beginner)
    // data:       security_updates 1/3, data_driven 1/3, rest 0                   = 100 × 0.6667 / 9     = 7.4074
    // automation: 0. green (+merge): equipment_lifespan 2/2, sobriety_strategy 0/1, rest 0 (no website) = 100 × 1 / 6 = 16.6667
    // public_users (w2): user_contact 1/3 w2, accessibility_compliance 0/3 w2, learner_feedback 0/2
    //             (administration and school questions hidden)                    = 100 × 0.6667 / 5     = 13.3333
    // public_mission (w2): learning_platform 1/3 w2, classroom_equipment 0/3, learner_digital_skills 0/1,
    //             training_catalogue 0/1                                          = 100 × 0.6667 / 5     = 13.3333
    // public_operations: all 0                                                    = 0
    // overall = (8.3333 + 19.4444 + 31.25 + 7.4074 + 0 + 16.6667 + 2×13.3333 + 2×13.3333 + 0) / 11 = 12.403
    // level: 'reachable' needs 25 → initial. Top recommendation: publish-accessibility-statement
    // (accessibility_compliance 0/3 w2 → 3/3: public_users +40, overall +2×40/11 = 7.27).
    //
    // ---- culture-community/beginner (hand-checked) ----------------------------------------------
    // strategy 8.3333, skills 31.25, data 7.4074 (as public-education/beginner)
    // readiness:  connectivity 1/3, business_software 1/4, cloud 1/3, rest 0      = 100 × 0.9167 / 6     = 15.2778
    // automation: 0. green: equipment_lifespan 2/2, rest 0 (no website)           = 100 × 1 / 5          = 20
    // community_audience (w2): online_booking 0/3 w2, member_file 1/3 w2, online_payments 1/3,
    //             review_replies 0/1, accessibility_information 0/1              = 100 × 1 / 7          = 14.2857
    // community_trade (w2): shop_software 1/3 w2, repair_bonus N/A (other trades hidden) = 100 × 0.6667 / 2 = 33.3333
    // community_team: all 0                                                       = 0
    // overall = (8.3333 + 15.2778 + 31.25 + 7.4074 + 0 + 20 + 2×14.2857 + 2×33.3333 + 0) / 11 = 16.137
    // level: 'visible' needs 25 → initial. Top recommendation: shop-management-software (shop_software 1/3 →
    // 3/3: community_trade 100, overall +2×66.67/11 = 12.12).
    [Theory]
    [InlineData("companies/agrifood/beginner.yaml", 15.1, "initial", "monitor-cold-chain")]
    [InlineData("companies/agrifood/intermediate.yaml", 55.1, "structured", "run-recall-drill")]
    [InlineData("companies/agrifood/leader.yaml", 94.1, "connected", "extend-equipment-life")]
    [InlineData("companies/construction/beginner.yaml", 7.6, "initial", "digital-site-diary")]
    [InlineData("companies/construction/intermediate.yaml", 62.6, "digital_site", "digital-handover-files")]
    [InlineData("companies/construction/leader.yaml", 95.1, "integrated_construction", null)]
    [InlineData("companies/core/beginner.yaml", 10.8, "initial", "extend-equipment-life")]
    [InlineData("companies/core/intermediate.yaml", 55.9, "structured", "write-digital-plan")]
    [InlineData("companies/core/leader.yaml", 89.9, "advanced", null)]
    [InlineData("companies/culture-community/beginner.yaml", 16.1, "initial", "shop-management-software")]
    [InlineData("companies/culture-community/intermediate.yaml", 64.25, "organised", "organisation-workspace")]
    [InlineData("companies/culture-community/leader.yaml", 96.0, "engaged", null)]
    [InlineData("companies/edih-dma/beginner.yaml", 11.8, "basic", null)]
    [InlineData("companies/edih-dma/intermediate.yaml", 48.0, "average", null)]
    [InlineData("companies/edih-dma/leader.yaml", 85.7, "advanced", null)]
    [InlineData("companies/energy-water-waste/beginner.yaml", 15.4, "initial", "segment-ot-network")]
    [InlineData("companies/energy-water-waste/intermediate.yaml", 62.1, "structured", "segment-ot-network")]
    [InlineData("companies/energy-water-waste/leader.yaml", 96.3, "smart_utility", null)]
    [InlineData("companies/eurostat-dii/beginner.yaml", 2.0, "very_low", "reach-basic-intensity")]
    [InlineData("companies/eurostat-dii/intermediate.yaml", 6.0, "low", null)]
    [InlineData("companies/eurostat-dii/leader.yaml", 11.0, "very_high", null)]
    [InlineData("companies/eurostat-dii-2023/beginner.yaml", 2.0, "very_low", "reach-basic-intensity")]
    [InlineData("companies/eurostat-dii-2023/intermediate.yaml", 6.0, "low", null)]
    [InlineData("companies/eurostat-dii-2023/leader.yaml", 11.0, "very_high", null)]
    [InlineData("companies/finance-real-estate/beginner.yaml", 13.5, "initial", "screen-aml-lists")]
    [InlineData("companies/finance-real-estate/intermediate.yaml", 56.0, "compliant", "screen-aml-lists")]
    [InlineData("companies/finance-real-estate/leader.yaml", 96.0, "resilient", null)]
    [InlineData("companies/health/beginner.yaml", 17.6, "equipped", "adopt-mssante")]
    [InlineData("companies/health/intermediate.yaml", 55.6, "computerised_orders", "extend-equipment-life")]
    [InlineData("companies/health/leader.yaml", 93.0, "connected_health", "extend-equipment-life")]
    [InlineData("companies/himss-emram/beginner.yaml", 9.0, "stage_0", null)]
    [InlineData("companies/himss-emram/intermediate.yaml", 21.0, "stage_4", null)]
    [InlineData("companies/himss-emram/leader.yaml", 27.0, "stage_7", null)]
    [InlineData("companies/hospitality/beginner.yaml", 11.5, "initial", "online-table-booking")]
    [InlineData("companies/hospitality/intermediate.yaml", 52.1, "equipped", "write-digital-plan")]
    [InlineData("companies/hospitality/leader.yaml", 95.9, "leader", null)]
    [InlineData("companies/industry/beginner.yaml", 9.2, "computerisation", "adopt-spc")]
    [InlineData("companies/industry/intermediate.yaml", 63.8, "transparency", "adopt-spc")]
    [InlineData("companies/industry/leader.yaml", 91.7, "adaptive", "extend-equipment-life")]
    [InlineData("companies/public-education/beginner.yaml", 12.4, "initial", "publish-accessibility-statement")]
    [InlineData("companies/public-education/intermediate.yaml", 61.5, "structured", "publish-accessibility-statement")]
    [InlineData("companies/public-education/leader.yaml", 96.3, "digital_public_service", null)]
    [InlineData("companies/retail/beginner.yaml", 8.6, "initial", "digitise-stock")]
    [InlineData("companies/retail/intermediate.yaml", 49.5, "equipped", "digitise-stock")]
    [InlineData("companies/retail/leader.yaml", 94.0, "leader", "extend-equipment-life")]
    [InlineData("companies/services/beginner.yaml", 7.0, "initial", "security-certification-path")]
    [InlineData("companies/services/intermediate.yaml", 59.8, "equipped", "security-certification-path")]
    [InlineData("companies/services/leader.yaml", 97.8, "leader", null)]
    [InlineData("companies/transport/beginner.yaml", 9.7, "initial", "paperless-consignment-notes")]
    [InlineData("companies/transport/intermediate.yaml", 59.2, "equipped", "deploy-wms")]
    [InlineData("companies/transport/leader.yaml", 96.1, "leader", null)]
    public void Assess_SampleCompany_MatchesItsGoldenValues(string sample, double score, string level, string? topRecommendation)
    {
        var result = GoldenCatalog.Assess(sample);

        result.Score.Should().BeApproximately(score, 0.05, "{0} overall score", sample);
        result.Level.Should().NotBeNull("{0} reaches at least the lowest level", sample);
        result.Level!.Id.Should().Be(level, "{0} level", sample);
        (result.Recommendations.Count > 0 ? result.Recommendations[0].Id : null).Should().Be(topRecommendation, "{0} top recommendation (null: none left)", sample);
    }

    [Fact]
    public void GoldenRows_SampleCompanies_MatchOneToOne()
    {
        var rows = typeof(SampleGoldenTests).GetMethod(nameof(Assess_SampleCompany_MatchesItsGoldenValues))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .Select(args => (string)args[0])
            .ToHashSet(StringComparer.Ordinal);

        GoldenCatalog.SampleFiles().Where(f => !rows.Contains(f))
            .Should().BeEmpty("each sample company needs a golden row in {0} (run the CLI once, hand-check, add the InlineData)", nameof(SampleGoldenTests));
        rows.Where(r => !System.IO.File.Exists(GoldenCatalog.SamplePath(r)))
            .Should().BeEmpty("every golden row names a sample that exists");
    }
}
