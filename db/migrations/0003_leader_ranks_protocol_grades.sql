-- Leader ranks become China's protocol grades (省部级, 厅局级, 县处级). The head or deputy head of a
-- province-level government is ministerial, of any other locality bureau level; a department head
-- of a province-level government is bureau level, of any other locality division level.
UPDATE `delegations` SET `leader_rank` = CASE
  WHEN `leader_rank` IN ('head_of_government', 'deputy') AND (SELECT `level` FROM `localities` WHERE `localities`.`id` = `delegations`.`our_locality_id`) = 'province' THEN 'ministerial'
  WHEN `leader_rank` IN ('head_of_government', 'deputy') THEN 'bureau'
  WHEN `leader_rank` = 'department_head' AND (SELECT `level` FROM `localities` WHERE `localities`.`id` = `delegations`.`our_locality_id`) = 'province' THEN 'bureau'
  WHEN `leader_rank` = 'department_head' THEN 'division'
  ELSE `leader_rank`
END;
